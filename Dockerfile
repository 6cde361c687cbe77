# syntax=docker/dockerfile:1
# Y-TMT: one image for the API, the worker and the CLI (see docs/operations/production.md).
#
#   docker build -t ytmt .
#   docker run --env-file ytmt.env ytmt setup     # migrations and reference data (one-shot)
#   docker run --env-file ytmt.env -p 3000:3000 ytmt api
#   docker run --env-file ytmt.env ytmt worker
#
# The build stage runs exactly what CI and `npm test` run: `npm ci`, then `npm run build`
# (API, worker and CLI compiled to dist/ with path aliases resolved, and the web app to
# apps/web/dist). The runtime stage has only the production dependencies of the root package
# (not the web app's: it is served as built files), runs as the unprivileged user `node`, and
# starts compiled JavaScript with plain node.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Dependencies first, so that a change of source code reuses this layer.
COPY package.json package-lock.json ./
COPY apps/web/package.json apps/web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# --workspaces=false: the root package's dependencies only, without the web app's (React & co.).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --workspaces=false --ignore-scripts --no-audit --no-fund \
    && npm cache clean --force
# package.json (copied above) marks /app as the repository root for the code (REPOSITORY_ROOT);
# data/ holds the regions, ESCO and TOL 2008 files the CLI and the API read at run time.
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
COPY --from=build /app/data ./data
COPY --chmod=755 infra/docker-entrypoint.sh /usr/local/bin/ytmt
# var/: the only folder the application may write to (development signing key; never in production).
RUN mkdir -p /app/var && chown node:node /app/var
USER node
EXPOSE 3000
# The API's readiness (PostgreSQL and the search engine); worker containers override this with
# `ytmt worker --probe` (infra/docker-compose.yml does), one-shot `setup` containers disable it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
ENTRYPOINT ["ytmt"]
CMD ["api"]
