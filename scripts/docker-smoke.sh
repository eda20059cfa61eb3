#!/bin/bash
# Smoke test of the container image, where Docker is available (not part of `npm test`): builds the image,
# runs the gateway the way deploy/compose runs it (read-only root, no capabilities, non-root user, TLS on
# both listeners) against the Redis and PostgreSQL of this host, and checks what an operator relies on.
#   scripts/docker-smoke.sh                 # build, then check
#   SKIP_BUILD=1 scripts/docker-smoke.sh    # check an image built before
# Env: IMAGE (rampart:0.1.0), REDIS_URL (redis://127.0.0.1:6379/15),
#      POSTGRES_URL (postgres://postgres@127.0.0.1:5432/test), PORT (18080), ADMIN_PORT (18081).
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=${IMAGE:-rampart:0.1.0}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/15}
POSTGRES_URL=${POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
PORT=${PORT:-18080}
ADMIN_PORT=${ADMIN_PORT:-18081}
NAME=rampart-smoke-$$
WORK=$(mktemp -d)
# A named volume takes the image's ownership of /var/lib/rampart (uid 10001), as in compose.
cleanup() {
  docker rm -f "$NAME" >/dev/null 2>&1 || true
  docker volume rm "$NAME" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; docker logs "$NAME" 2>&1 | tail -20 >&2 || true; exit 1; }
pass() { echo "ok   $*"; }

[ -n "${SKIP_BUILD:-}" ] || docker build -t "$IMAGE" .

# Certificates as deploy/compose/make-dev-certs.sh makes them, in a scratch directory.
mkdir -p "$WORK/certs"
(cd "$WORK/certs" &&
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=smoke CA" \
    -keyout ca.key -out ca.crt 2>/dev/null &&
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=rampart" -keyout tls.key \
    -out tls.csr 2>/dev/null &&
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >san.ext &&
  openssl x509 -req -in tls.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 1 -extfile san.ext \
    -out tls.crt 2>/dev/null && chmod 0644 tls.key tls.crt ca.crt)

# The compose stack's gateway config, on loopback ports of this host.
sed -e "s/port: 8080/port: $PORT/" -e "s/port: 8081/port: $ADMIN_PORT/" \
  -e 's#url: https://soc:8082#url: https://127.0.0.1:1#' deploy/compose/rampart.yaml >"$WORK/rampart.yaml"
ADMIN_TOKEN=smoke-admin-token-$(openssl rand -hex 12)

docker run -d --name "$NAME" --network host --read-only --tmpfs /tmp --cap-drop ALL \
  --security-opt no-new-privileges:true \
  -e RAMPART_ADMIN_TOKEN="$ADMIN_TOKEN" -e RAMPART_SOC_INGEST_TOKEN=smoke-ingest-token-0123456789 \
  -e RAMPART_REDIS_URL="$REDIS_URL" -e RAMPART_POSTGRES_URL="$POSTGRES_URL" -e OPENAI_API_KEY=sk-smoke \
  -e NODE_EXTRA_CA_CERTS=/etc/rampart/tls/ca.crt -e RAMPART_HEALTH_URL="https://127.0.0.1:$ADMIN_PORT/healthz" \
  -v "$WORK/rampart.yaml:/etc/rampart/rampart.yaml:ro" -v "$WORK/certs:/etc/rampart/tls:ro" \
  -v "$NAME:/var/lib/rampart" "$IMAGE" >/dev/null || fail "docker run"
CURL=(curl -s --max-time 5 --cacert "$WORK/certs/ca.crt")
for _ in $(seq 1 120); do
  "${CURL[@]}" -o /dev/null "https://127.0.0.1:$ADMIN_PORT/healthz" && break
  [ "$(docker inspect -f '{{.State.Running}}' "$NAME")" = true ] || fail "the container exited"
  sleep 1
done
"${CURL[@]}" -f -o /dev/null "https://127.0.0.1:$ADMIN_PORT/healthz" || fail "admin /healthz over TLS"
pass "admin /healthz answers over TLS (certificate verified)"

[ "$(docker exec "$NAME" id -u)" = 10001 ] || fail "runs as uid 10001"
pass "runs as uid 10001"
docker exec "$NAME" sh -c 'touch /app/x' 2>/dev/null && fail "root file system is writable"
pass "root file system is read-only"
docker exec "$NAME" sh -c 'touch /var/lib/rampart/x && rm /var/lib/rampart/x' || fail "data dir writable"
pass "data dir /var/lib/rampart is writable"

ready=$("${CURL[@]}" "https://127.0.0.1:$ADMIN_PORT/readyz")
echo "$ready" | grep -q '"status":"ready"' || fail "readyz: $ready"
pass "readyz: $ready"

code=$("${CURL[@]}" -o /dev/null -w '%{http_code}' "https://127.0.0.1:$PORT/v1/models")
[ "$code" = 401 ] || fail "no key: $code"
pass "no API key: 401"
key=$("${CURL[@]}" -f -X POST -H "authorization: Bearer $ADMIN_TOKEN" -H 'content-type: application/json' \
  -d '{"name":"smoke","principal":"smoke","roles":["user"]}' "https://127.0.0.1:$ADMIN_PORT/admin/keys" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).key))')
code=$("${CURL[@]}" -o "$WORK/models.json" -w '%{http_code}' -H "authorization: Bearer $key" \
  "https://127.0.0.1:$PORT/v1/models")
[ "$code" = 200 ] || fail "with a key: $code $(cat "$WORK/models.json")"
pass "key created through the admin API (stored in PostgreSQL): /v1/models 200"

for _ in $(seq 1 60); do
  health=$(docker inspect -f '{{.State.Health.Status}}' "$NAME")
  [ "$health" = starting ] || break
  sleep 2
done
[ "$health" = healthy ] || fail "HEALTHCHECK: $health"
pass "Docker HEALTHCHECK: healthy"
echo "docker smoke: all checks passed ($IMAGE)"
