#!/usr/bin/env bash
# Exits 0 when the host on this machine answers GET /health with 200 (a model serves), 1 otherwise.
# Plain bash (its /dev/tcp), because the ASP.NET runtime image has neither curl nor wget.
set -euo pipefail
port=${ASPNETCORE_HTTP_PORTS:-8080}
port=${port%%[,;]*}
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 10 status <&3
[[ $status == "HTTP/1."[01]" 200 "* ]]
