# syntax=docker/dockerfile:1
# newsgraph API image. Neo4j runs as its own service (see docker-compose.yml), so no Java here.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.json codegen.ts schema.graphql possibleTypes.json ./
COPY schema ./schema
COPY src ./src
RUN npx graphql-codegen --check && npx tsc --noEmit -p tsconfig.json

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/schema ./schema
COPY --from=build /app/src ./src
COPY seeds ./seeds
# the operations /graphiql opens with (bundled from here at run time)
COPY docs/operations.graphql ./docs/operations.graphql
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "src/main.ts"]
