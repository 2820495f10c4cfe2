# Writes certificates_made.cpp: a few self-signed certificates and one CA-signed chain for the
# sandbox, made at build time with the host's openssl program. Used where the sandbox is built
# without the OpenSSL library (the Windows cross build: the Qt there uses Schannel and there is
# no OpenSSL for the target), so that the tests can still run the sandbox over HTTPS.
# RSA 2048 rather than the library path's EC P-256: Wine's Schannel takes RSA server keys.
# Arguments: -DOPENSSL=<program> -DWORK=<folder> -DOUT=<file.cpp> -DCOUNT=<self-signed sets>
cmake_minimum_required(VERSION 3.16)
set(subject_alt_names "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1")
file(MAKE_DIRECTORY "${WORK}")

function(run)
    execute_process(COMMAND "${OPENSSL}" ${ARGN} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "openssl ${ARGN} failed: ${err}")
    endif()
endfunction()

function(pem_literal file out)
    file(READ "${file}" text)
    set(${out} "R\"PEM(${text})PEM\"" PARENT_SCOPE)
endfunction()

set(self_signed "")
math(EXPR last "${COUNT} - 1")
foreach(i RANGE ${last})
    run(req -x509 -newkey rsa:2048 -nodes -days 397 -keyout "${WORK}/self${i}.key"
        -out "${WORK}/self${i}.pem" -subj "/O=DocSpace Sandbox/CN=localhost"
        -addext "${subject_alt_names}" -addext "basicConstraints=critical,CA:FALSE"
        -addext "keyUsage=critical,digitalSignature,keyEncipherment"
        -addext "extendedKeyUsage=serverAuth")
    pem_literal("${WORK}/self${i}.pem" cert)
    pem_literal("${WORK}/self${i}.key" key)
    string(APPEND self_signed "    {QByteArrayLiteral(${cert}), QByteArrayLiteral(${key})},\n")
endforeach()

run(req -x509 -newkey rsa:2048 -nodes -days 3650 -keyout "${WORK}/ca.key" -out "${WORK}/ca.pem"
    -subj "/O=DocSpace Sandbox/CN=DocSpace Sandbox Test CA"
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign")
run(req -new -newkey rsa:2048 -nodes -keyout "${WORK}/leaf.key" -out "${WORK}/leaf.csr"
    -subj "/O=DocSpace Sandbox/CN=localhost")
file(WRITE "${WORK}/leaf.ext" "${subject_alt_names}
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid:always
")
run(x509 -req -in "${WORK}/leaf.csr" -CA "${WORK}/ca.pem" -CAkey "${WORK}/ca.key"
    -CAcreateserial -days 397 -sha256 -extfile "${WORK}/leaf.ext" -out "${WORK}/leaf.pem")
pem_literal("${WORK}/ca.pem" ca)
pem_literal("${WORK}/leaf.pem" leaf)
pem_literal("${WORK}/leaf.key" leaf_key)

file(WRITE "${OUT}.tmp" "// Made by make-certificates.cmake at build time; not a source file.
#include \"certificates.h\"

extern const GeneratedCertificate madeSelfSigned[];
extern const int madeSelfSignedCount;
extern const GeneratedChain madeChain;

const GeneratedCertificate madeSelfSigned[] = {
${self_signed}};
const int madeSelfSignedCount = ${COUNT};
const GeneratedChain madeChain = {QByteArrayLiteral(${ca}), QByteArrayLiteral(${leaf}),
                                  QByteArrayLiteral(${leaf_key})};
")
file(RENAME "${OUT}.tmp" "${OUT}")
file(REMOVE_RECURSE "${WORK}")
