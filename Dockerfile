# XiaoHu for the office server: one container running the API, which serves the SPA and keeps its
# embedded PostgreSQL in the /data volume. Restarting on failure is Docker's job:
#   docker build -t xiaohu .
#   docker run -d --name xiaohu --restart unless-stopped -p 4000:4000 -v xiaohu-data:/data \
#     -e XIAOHU_DATA_KEY=<64 hex characters> xiaohu
# `docker stop` sends SIGTERM and waits 10 s; the API stops in order well within that.
FROM node:20-bookworm-slim

WORKDIR /opt/xiaohu
COPY . .
# Installs pnpm into .tools/ and the workspace (frozen lockfile), then builds domain, API and SPA.
RUN npm run build && mkdir -p /data && chown node:node /data

# Not root: the embedded PostgreSQL then runs as this user, without creating a system account.
USER node
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    XIAOHU_DATA_DIR=/data
VOLUME /data
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
