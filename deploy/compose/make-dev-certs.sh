#!/bin/sh
# Development certificates for the compose stack: a throw-away CA and one server certificate for the
# gateway, admin and SOC listeners (names gateway-a, gateway-b, soc, localhost). Use your own PKI in production.
set -eu
cd "$(dirname "$0")"
mkdir -p certs
cd certs
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 -subj "/CN=rampart dev CA" \
  -keyout ca.key -out ca.crt
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=rampart" -keyout tls.key -out tls.csr
printf 'subjectAltName=DNS:gateway-a,DNS:gateway-b,DNS:soc,DNS:localhost,IP:127.0.0.1\n' > san.ext
openssl x509 -req -in tls.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -extfile san.ext -out tls.crt
rm -f tls.csr san.ext ca.srl
chmod 0644 tls.key ca.crt tls.crt
echo "wrote $(pwd)/ca.crt, tls.crt, tls.key"
