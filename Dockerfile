# Optional: the built site in nginx, under /navigaattori/. CI does not need Docker.
#   docker build -t navigaattori . && docker run -p 8080:80 navigaattori
#   -> http://localhost:8080/navigaattori/
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY deploy/navigaattori-headers.conf /etc/nginx/snippets/navigaattori-headers.conf
RUN printf 'server {\n  listen 80;\n  server_name _;\n  include /etc/nginx/conf.d/navigaattori.inc;\n}\n' > /etc/nginx/conf.d/default.conf
COPY deploy/nginx.conf /etc/nginx/conf.d/navigaattori.inc
COPY --from=build /app/dist/ /srv/navigaattori/
