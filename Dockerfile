# The policy-cascade API (GraphQL + explorer) as a container. Build stage compiles the server and
# the explorer; the runtime stage keeps production dependencies, the compiled code, the Cypher
# files (loaded at run time from ./cypher) and the seed corpus (loaded when the graph is empty).
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY seed ./seed
EXPOSE 4000
USER node
CMD ["node", "--max-semi-space-size=64", "dist/main.js"]
