# Rinde: a Slack bot for a municipality's accountability plan.
#   docker build -t rinde .
#   docker run -d -p 3000:3000 -v rinde-data:/app/data --env-file rinde.env rinde
# test/production/dockerfile.test.ts runs these same steps, in order, on a machine without Docker.

ARG NODE_VERSION=24

# --- build: install with the lockfile, compile the one native module, generate the Prisma clients, tsc ---
FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts stay off: only better-sqlite3 needs one (the allowScripts list in package.json),
# and Prisma's would try to download engines the JS engine never uses.
RUN npm ci --ignore-scripts --no-audit --no-fund
RUN npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json prisma.config.ts ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY src ./src
# One Prisma client per database engine, generated offline into src/storage/generated, then tsc.
RUN node scripts/prisma-generate.mjs --no-build
RUN npm run build
# The generated clients are compiled into dist/: the runtime needs neither the prisma CLI nor tsc.
# @prisma/client names both as optional peers, which npm keeps under --omit=dev: remove them by hand.
RUN npm prune --omit=dev --ignore-scripts --no-audit --no-fund
RUN rm -rf node_modules/prisma node_modules/typescript node_modules/.bin/prisma node_modules/.bin/tsc node_modules/.bin/tsserver
RUN mkdir -p data

# --- runtime: Node, production dependencies, compiled code and migrations; no compiler, no CLI ---
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# Two malloc arenas instead of glibc's eight per core: V8's helper threads otherwise each keep an
# arena of freed memory, 10-20 MB of an idle bot's RSS that varied from run to run (bench/memory.ts).
ENV NODE_ENV=production MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
COPY prisma/migrations ./prisma/migrations
COPY bin ./bin
COPY samples ./samples
# The SQLite folder belongs to the unprivileged user; a new volume mounted there inherits that.
COPY --from=build --chown=node:node /app/data ./data
USER node
VOLUME /app/data
EXPOSE 3000
# Node's own fetch: the slim image has no curl. 503 while Slack is unreachable, 200 once it answers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Pending migrations are applied by Rinde itself at start (src/storage/migrate.ts), for both databases.
CMD ["node", "dist/src/main.js"]
