#!/usr/bin/env python3
"""A tiny SMTP sink for the cluster tests: accepts every message and writes it to DIR as NNNNNN.eml.

    python3 eng/smtp-sink.py --port 5325 --dir /tmp/talentchain-cluster/mail

Plain SMTP on 127.0.0.1 only (no TLS, no AUTH); enough for the app's MailKit SmtpClient with Email:SmtpEnableSsl=false.
Each file starts with "X-Sink-Rcpt-To: <address>" lines (the envelope recipients), then the message as received.
"""
import argparse
import asyncio
import itertools
import os

counter = itertools.count(1)


async def session(reader, writer, directory):
    def reply(line):
        writer.write((line + "\r\n").encode())

    reply("220 talentchain-smtp-sink ready")
    rcpt = []
    try:
        while True:
            await writer.drain()
            raw = await reader.readline()
            if not raw:
                break
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb == "EHLO":
                writer.write(b"250-talentchain-smtp-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
            elif verb == "HELO":
                reply("250 talentchain-smtp-sink")
            elif verb == "MAIL":
                rcpt = []
                reply("250 OK")
            elif verb == "RCPT":
                address = line.split(":", 1)[1].strip() if ":" in line else ""
                rcpt.append(address.split()[0].strip("<>") if address else "")
                reply("250 OK")
            elif verb == "DATA":
                reply("354 End data with <CR><LF>.<CR><LF>")
                await writer.drain()
                body = bytearray()
                while True:
                    chunk = await reader.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    if chunk.startswith(b".."):
                        chunk = chunk[1:]
                    body += chunk
                name = os.path.join(directory, "%06d.eml" % next(counter))
                tmp = name + ".tmp"
                with open(tmp, "wb") as f:
                    for r in rcpt:
                        f.write(("X-Sink-Rcpt-To: %s\r\n" % r).encode())
                    f.write(bytes(body))
                os.replace(tmp, name)
                rcpt = []
                reply("250 OK: queued")
            elif verb in ("RSET", "NOOP"):
                if verb == "RSET":
                    rcpt = []
                reply("250 OK")
            elif verb == "QUIT":
                reply("221 Bye")
                await writer.drain()
                break
            else:
                reply("502 Command not implemented")
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=5325)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    existing = [int(n[:6]) for n in os.listdir(args.dir) if n.endswith(".eml") and n[:6].isdigit()]
    global counter
    counter = itertools.count(max(existing, default=0) + 1)
    server = await asyncio.start_server(lambda r, w: session(r, w, args.dir), "127.0.0.1", args.port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
