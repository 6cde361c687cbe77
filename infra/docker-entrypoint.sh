#!/bin/sh
# The Y-TMT image's entry point: one image, one role per container, all compiled JavaScript run
# with plain node (no ts-node, no TypeScript in the image).
#
#   docker run ytmt api                 the GraphQL API and the web app on $PORT (default 3000)
#   docker run ytmt worker              the job worker (outbox relay, queues); no HTTP port
#   docker run ytmt worker --probe      the worker's health check: exit 0 while its heartbeat is fresh
#   docker run ytmt setup               migrate, then load regions, ESCO and advice (idempotent)
#   docker run ytmt migrate             only the migrations
#   docker run ytmt cli <command> …     any CLI command (see `docker run ytmt cli`), e.g. reindex
#   docker run ytmt sh                  anything else is run as given
set -e
# The application folder (the image's WORKDIR); YTMT_APP_DIR lets the same script run a copy elsewhere.
cd "${YTMT_APP_DIR:-/app}"
NODE="node --enable-source-maps"
role="${1:-api}"
[ "$#" -gt 0 ] && shift

case "$role" in
  api) exec $NODE dist/apps/api/src/main.js "$@" ;;
  worker) exec $NODE dist/apps/worker/src/main.js "$@" ;;
  setup | migrate) exec $NODE dist/apps/cli/src/main.js "$role" "$@" ;;
  cli) exec $NODE dist/apps/cli/src/main.js "$@" ;;
  *) exec "$role" "$@" ;;
esac
