# Zeren gateway (+ the built portal, served from the same origin).
# Build from the repository root:  docker build -f docker/gateway.Dockerfile -t zeren-gateway .
FROM node:20-bookworm-slim AS build
WORKDIR /src
# better-sqlite3 and argon2 compile or load native code at install time.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY apps/gateway/package.json apps/gateway/
COPY apps/portal/package.json apps/portal/
COPY libs libs
COPY tools tools
RUN npm ci --no-audit --no-fund
COPY . .
RUN node tools/scripts/build-gateway.mjs \
 && if [ -f apps/portal/scripts/build-if-needed.mjs ]; then node apps/portal/scripts/build-if-needed.mjs; fi \
 && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 ZEREN_PORTAL_DIR=/app/portal
WORKDIR /app
COPY --from=build /src/node_modules node_modules
COPY --from=build /src/dist/gateway dist
COPY --from=build /src/package.json package.json
COPY --from=build /src/apps/portal/dist portal
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/apps/gateway/src/main.js"]
