# One image for the api and the ingester; the compose file picks the command.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY schemas/package.json schemas/
COPY ingest/package.json ingest/
COPY api/package.json api/
COPY test/package.json test/
COPY bench/package.json bench/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx tsc -b tsconfig.build.json && node tools/copy-sql.mjs && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
USER node
EXPOSE 3000 9464
CMD ["node", "--enable-source-maps", "api/dist/main.js"]
