{{- define "rampart.labels" -}}
app.kubernetes.io/name: rampart
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "rampart.secretName" -}}
{{- if .Values.secrets.existingSecret }}{{ .Values.secrets.existingSecret }}{{- else }}{{ .Release.Name }}-secrets{{- end }}
{{- end }}

{{- define "rampart.podSecurity" -}}
automountServiceAccountToken: false
securityContext:
  runAsNonRoot: true
  runAsUser: 10001
  runAsGroup: 10001
  fsGroup: 10001
  seccompProfile: { type: RuntimeDefault }
{{- end }}

{{- define "rampart.containerSecurity" -}}
securityContext:
  runAsNonRoot: true
  readOnlyRootFilesystem: true
  allowPrivilegeEscalation: false
  capabilities: { drop: [ALL] }
{{- end }}

{{- define "rampart.env" -}}
- name: RAMPART_ADMIN_TOKEN
  valueFrom: { secretKeyRef: { name: {{ include "rampart.secretName" . }}, key: admin-token } }
- name: RAMPART_SOC_ADMIN_TOKEN
  valueFrom: { secretKeyRef: { name: {{ include "rampart.secretName" . }}, key: soc-admin-token } }
- name: RAMPART_SOC_INGEST_TOKEN
  valueFrom: { secretKeyRef: { name: {{ include "rampart.secretName" . }}, key: soc-ingest-token } }
- name: RAMPART_REDIS_URL
  valueFrom: { secretKeyRef: { name: {{ include "rampart.secretName" . }}, key: redis-url } }
- name: RAMPART_POSTGRES_URL
  valueFrom: { secretKeyRef: { name: {{ include "rampart.secretName" . }}, key: postgres-url } }
- name: OPENAI_API_KEY
  valueFrom: { secretKeyRef: { name: {{ include "rampart.secretName" . }}, key: openai-api-key, optional: true } }
- name: NODE_EXTRA_CA_CERTS
  value: /etc/rampart/tls/ca.crt
{{- end }}

{{- define "rampart.volumes" -}}
- name: config
  configMap: { name: {{ .Release.Name }}-config }
- name: tls
  secret: { secretName: {{ .Values.tls.secretName }} }
- name: data
  emptyDir: {}
- name: tmp
  emptyDir: { medium: Memory, sizeLimit: 64Mi }
{{- end }}

{{- define "rampart.volumeMounts" -}}
- { name: config, mountPath: /etc/rampart/config, readOnly: true }
- { name: tls, mountPath: /etc/rampart/tls, readOnly: true }
- { name: data, mountPath: /var/lib/rampart }
- { name: tmp, mountPath: /tmp }
{{- end }}
