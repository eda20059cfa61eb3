# Rampart: gateway, SOC and CLI in one image. Multi-stage: the build stage compiles and packs the package
# the way it is published; the runtime stage installs that tarball with the server packages and runs as a
# non-root user on a read-only root file system (writes go to /var/lib/rampart and /tmp only).
#   docker build -t rampart:0.1.0 .
#   docker run --read-only --tmpfs /tmp -v rampart-data:/var/lib/rampart \
#     -v "$PWD/rampart.yaml:/etc/rampart/rampart.yaml:ro" -e RAMPART_ADMIN_TOKEN -p 8080:8080 rampart:0.1.0
# docs/deploy.md has the compose file and the Helm chart that use it.

FROM node:22.12.0-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
# prepack compiles src/ to dist/ and builds the console; the tarball is exactly what npm users install.
RUN npm pack --silent && mv rampart-*.tgz /tmp/rampart.tgz

FROM node:22.12.0-bookworm-slim AS install
WORKDIR /app
COPY --from=build /tmp/rampart.tgz /tmp/rampart.tgz
# The server-side optional packages (ADR 0006): HTTP layer, upstream streams, logging, metrics, SQLite,
# PostgreSQL, Redis, JWT, image sanitisers. DuckDB, PDF, Sigstore certificates and ONNX stay out: the data
# gate, PDF reports, keyless model verification and the ONNX guard stage are CI-side or opt-in.
# test/deploy/artefacts.test.ts checks this list against src/core/optional-dependency.ts.
RUN npm init -y >/dev/null \
  && npm install --omit=dev --no-audit --no-fund /tmp/rampart.tgz \
     hono@4 @hono/node-server@1 pino@10 prom-client@15 undici@7 eventsource-parser@3 libsql@0.5 pg@8 ioredis@6 \
     jose@6 rate-limiter-flexible@11 sharp@0.35 \
  && npm cache clean --force

FROM node:22.12.0-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=install /app/node_modules /app/node_modules
COPY deploy/healthcheck.mjs /app/healthcheck.mjs
RUN mkdir -p /var/lib/rampart /etc/rampart && chown 10001:10001 /var/lib/rampart
VOLUME ["/var/lib/rampart"]
USER 10001:10001
# 8080 gateway, 8081 admin API (keep it off public networks), 8082 SOC and console.
EXPOSE 8080 8081 8082
# The admin API's /healthz by default; the SOC container sets RAMPART_HEALTH_URL to its /api/health.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 CMD ["node", "/app/healthcheck.mjs"]
ENTRYPOINT ["node", "/app/node_modules/rampart/bin/rampart.js"]
CMD ["gateway", "--config", "/etc/rampart/rampart.yaml"]
