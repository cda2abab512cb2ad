#!/usr/bin/env python3
"""Seeds one target for the API load run, through the API itself.

Registers a lead agency and CONSULTEES consulted agencies (codes prefixed with the run's tag), issues
each an agency key with the admin key, opens enough consultations for ASSIGNMENTS open assignments,
and writes into OUT:
  answers.txt   one line per open assignment: "<answers path> <the consulted agency's key>", ordered
                so that consecutive lines belong to different consultations
  keys.env      LEAD_KEY and READER_KEY (a consulted agency, party to every seeded consultation)

Any response other than the expected 201 stops the seeding with the status and body.
"""
import argparse
import http.client
import json
import os
import ssl
import sys
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

ISSUE = ("Tiêu chí phân bổ kinh phí chuyển đổi số cho các xã, phường theo dân số và diện tích "
         "trong dự thảo Quyết định của UBND tỉnh năm 2027")
DIRECTION = "Phân bổ 60% theo dân số, 40% theo diện tích; mỗi xã tối thiểu 500 triệu đồng"


class Client:
    """One keep-alive connection per thread; the seeding opens consultations from several threads."""

    def __init__(self, base, cafile):
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.https = url.hostname, url.port, url.scheme == "https"
        self.context = ssl.create_default_context(cafile=cafile) if self.https else None
        self.local = threading.local()

    def _connection(self):
        if getattr(self.local, "connection", None) is None:
            if self.https:
                self.local.connection = http.client.HTTPSConnection(self.host, self.port, context=self.context, timeout=60)
            else:
                self.local.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        return self.local.connection

    def post(self, path, key, body, expect=201, headers=None):
        data = json.dumps(body).encode()
        all_headers = {"X-Api-Key": key, "Content-Type": "application/json", **(headers or {})}
        for attempt in (1, 2):
            connection = self._connection()
            try:
                connection.request("POST", "/api/v1" + path, body=data, headers=all_headers)
                response = connection.getresponse()
                payload = response.read()
                break
            except (http.client.HTTPException, OSError):
                # A keep-alive connection the server closed meanwhile: open a new one, once.
                connection.close()
                self.local.connection = None
                if attempt == 2:
                    raise
        if response.status != expect:
            sys.exit(f"seed: POST {path} answered {response.status}, expected {expect}: {payload[:500]!r}")
        return json.loads(payload) if payload else None


def register(client, admin_key, code, name):
    client.post("/agencies", admin_key, {
        "code": code, "name": name, "kind": "department",
        "email": f"{code.lower()}@example.invalid", "headName": "Giám đốc " + name,
        "headEmail": f"giamdoc.{code.lower()}@example.invalid",
    })
    return client.post(f"/agencies/{code}/keys", admin_key, {"role": "agency"})["key"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True, help="e.g. https://127.0.0.1:7643")
    parser.add_argument("--cacert")
    parser.add_argument("--admin-key", required=True)
    parser.add_argument("--tag", required=True, help="makes agency codes and document numbers unique")
    parser.add_argument("--out", required=True)
    parser.add_argument("--assignments", type=int, default=60000)
    parser.add_argument("--consultees", type=int, default=10)
    parser.add_argument("--parallel", type=int, default=16)
    args = parser.parse_args()

    client = Client(args.base, args.cacert)
    lead = f"{args.tag}-L"
    consultees = [f"{args.tag}-C{i:02d}" for i in range(1, args.consultees + 1)]
    keys = {lead: register(client, args.admin_key, lead, "Sở đơn vị chủ trì " + args.tag)}
    for code in consultees:
        keys[code] = register(client, args.admin_key, code, "Sở được lấy ý kiến " + code)

    count = -(-args.assignments // args.consultees)

    def open_one(n):
        number = f"{n}/{args.tag}-SEED"
        created = client.post("/consultations", keys[lead], {
            "documentNumber": number,
            "title": f"Dự thảo Quyết định số {n} về phân bổ kinh phí chuyển đổi số năm 2027",
            "issue": ISSUE, "proposedDirection": DIRECTION, "urgency": "normal", "workingDays": 10,
            "consultees": [{"agencyCode": c, "reason": "Cơ quan quản lý nhà nước về lĩnh vực liên quan"} for c in consultees],
        }, headers={"Idempotency-Key": number})
        return created["id"]

    with ThreadPoolExecutor(args.parallel) as pool:
        ids = list(pool.map(open_one, range(1, count + 1)))

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "answers.txt"), "w") as out:
        for code in consultees:
            for consultation in ids:
                out.write(f"/api/v1/consultations/{consultation}/answers {keys[code]}\n")
    with open(os.path.join(args.out, "keys.env"), "w") as out:
        out.write(f"LEAD_KEY={keys[lead]}\nREADER_KEY={keys[consultees[0]]}\n")
    print(f"seed: {len(ids)} consultations, {len(ids) * len(consultees)} open assignments, "
          f"{len(consultees)} consulted agencies")


if __name__ == "__main__":
    main()
