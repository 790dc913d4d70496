# One image for the API (which also serves the built dashboard) and the ingester; the compose file picks the command.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY schemas/package.json schemas/
COPY ingest/package.json ingest/
COPY api/package.json api/
COPY web/package.json web/
COPY test/package.json test/
COPY bench/package.json bench/
# As in .ci/run: `npm install` honours the locked versions and fills in this platform's optional binaries.
RUN npm install --no-audit --no-fund
COPY . .
RUN npx tsc -b tsconfig.build.json \
  && node tools/copy-sql.mjs \
  && npm run build --workspace web \
  && npm prune --omit=dev \
  && rm -rf web/src web/node_modules/.vite

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000 9464
CMD ["node", "--enable-source-maps", "api/dist/main.js"]
