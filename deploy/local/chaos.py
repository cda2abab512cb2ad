#!/usr/bin/env python3
"""A fault run against the topology deploy/local/up.sh started (see chaos.sh for how to call it).

Opens consultations through HAProxy, moves their deadlines a few minutes ahead (directly in the
database: the calendar counts working days, this run has minutes), answers some, and while the
escalations and emails flow it kills a worker with SIGKILL, stops the RabbitMQ node that leads the
overdue queue, restarts PostgreSQL, stops the mail catcher, and SIGTERMs the other worker. Then it
counts from the database, the broker and the mail catcher, prints a table and exits 1 on any loss or
duplicate, or on a 5xx outside the database restart (where 503 with Retry-After is the promise).
"""
import argparse
import concurrent.futures
import json
import os
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))


def topology(command):
    """Runs a shell command with deploy/local/topology.sh's names and functions."""
    return subprocess.run(["bash", "-c", f'source "{HERE}/topology.sh"; {command}'],
                          capture_output=True, text=True, check=False)


def value(name):
    return topology(f'echo "${{{name}}}"').stdout.strip()


STATE = value("state")
HTTPS = f"https://127.0.0.1:{value('https_port')}"
PG_PORT = value("pg_port")
MANAGEMENT = f"http://127.0.0.1:{value('management_ports[0]')}"
SMTP_WEB = f"http://127.0.0.1:{value('smtp_web_port')}"
TLS = ssl.create_default_context(cafile=os.path.join(STATE, "tls", "cert.pem"))


def log(text):
    print(f"{time.strftime('%H:%M:%S')} {text}", flush=True)


def call(method, path, key, body=None, timeout=30):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(HTTPS + path, data=data, method=method,
                                     headers={"X-Api-Key": key, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, context=TLS, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null"), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null"), error.headers
    except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
        return 0, {"error": str(error)}, {}


def sql(statement):
    result = subprocess.run(["psql", "-h", "127.0.0.1", "-p", PG_PORT, "-U", "postgres", "-d", "consultation",
                             "-AtF", "|", "-c", statement], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip())
    return [line.split("|") for line in result.stdout.splitlines() if line]


def sql_retrying(statement, seconds=60):
    deadline = time.time() + seconds
    while True:
        try:
            return sql(statement)
        except RuntimeError:
            if time.time() > deadline:
                raise
            time.sleep(1)


def restart(worker, index):
    """Starts a worker again and waits until it is ready: a fault run with a worker missing proves nothing."""
    started = topology(f'start_program {worker} Consultation.Worker "${{worker_ports[{index}]}}" && await_ready {worker} "${{worker_ports[{index}]}}"')
    if started.returncode != 0:
        raise RuntimeError(f"{worker} did not start again: {started.stderr.strip()}")
    log(f"{worker} started again and ready")


def http_json(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


class Load(threading.Thread):
    """Reads through the proxy all along, as the agencies' clients would, recording every status."""

    def __init__(self, key):
        super().__init__(daemon=True)
        self.key = key
        self.results = []
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            started = time.time()
            status, _, headers = call("GET", "/api/v1/consultations?pageSize=1", self.key, timeout=15)
            self.results.append((started, time.time(), status, headers.get("Retry-After") if headers else None))
            time.sleep(0.2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--consultations", type=int, default=1000)
    parser.add_argument("--mail-outage", type=int, default=120, help="seconds the mail catcher is down")
    parser.add_argument("--deadline-minutes", type=float, default=3.0)
    parser.add_argument("--settle", type=int, default=600, help="seconds to wait for everything to arrive")
    args = parser.parse_args()
    run = uuid.uuid4().hex[:6].upper()
    admin = open(os.path.join(STATE, "admin-key"), encoding="utf-8").read().strip()
    faults = []

    log(f"run {run}: agencies and keys")
    codes = {"lead": f"L{run}", "a": f"A{run}", "b": f"B{run}", "c": f"C{run}"}
    keys = {}
    for role, code in codes.items():
        status, body, _ = call("POST", "/api/v1/agencies", admin, {
            "code": code, "name": f"Sở thử nghiệm {code}", "kind": "department",
            "email": f"{code.lower()}@chaos.test", "headEmail": f"head.{code.lower()}@chaos.test"})
        assert status == 201, (status, body)
        status, body, _ = call("POST", f"/api/v1/agencies/{code}/keys", admin, {"role": "agency"})
        assert status == 201, (status, body)
        keys[role] = body["key"]
    load = Load(keys["lead"])
    load.start()

    log(f"opening {args.consultations} consultations of 3 assignments each")

    def open_one(i):
        body = {"documentNumber": f"{i}/{run}-CHAOS", "title": f"Dự thảo thử nghiệm số {i}",
                "issue": "Tiêu chí phân bổ kinh phí chuyển đổi số cho các xã, phường",
                "proposedDirection": "Phân bổ 60% theo dân số, 40% theo diện tích tự nhiên",
                "urgency": "khan", "workingDays": 5,
                "consultees": [{"agencyCode": codes[r], "reason": "Thuộc chức năng quản lý nhà nước của sở"} for r in "abc"]}
        for _ in range(20):
            status, response, _ = call("POST", "/api/v1/consultations", keys["lead"], body)
            if status == 201:
                return response["id"]
            time.sleep(1)
        raise RuntimeError(f"could not open consultation {i}: {status} {response}")

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(open_one, range(args.consultations)))
    # At once, before the reminder job records the notices: a notice recorded under the old deadline
    # would be dropped as no longer true when its mail is composed.
    sql(f"""UPDATE assignments SET due_at = now() + make_interval(secs => {args.deadline_minutes * 60} * (0.5 + random()))
            WHERE consultation_id IN (SELECT id FROM consultations WHERE document_number LIKE '%/{run}-CHAOS')""")
    log(f"deadlines moved to within {args.deadline_minutes * 1.5:.1f} minutes")
    answered = ids[::4]
    log(f"answering {len(answered)} of them (agency A, agrees with comments)")

    def answer(cid):
        status, response, _ = call("POST", f"/api/v1/consultations/{cid}/answers", keys["a"], {
            "position": "agree_with_comments",
            "content": "Đồng ý phân bổ 60% theo dân số; đề nghị bổ sung căn cứ Nghị quyết 15/2025/NQ-HĐND vào phần căn cứ",
            "legalBasis": "Luật Ngân sách nhà nước 2015, Điều 30"})
        assert status == 201, (status, response)

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(answer, answered))

    # Fault 1: a worker killed while escalations are being published.
    deadline = time.time() + 120
    while time.time() < deadline:
        published, pending = (int(x) for x in sql("SELECT count(*) FILTER (WHERE published_at IS NOT NULL), count(*) FILTER (WHERE published_at IS NULL) FROM escalations")[0])
        if published > 0 and pending > 0:
            break
        time.sleep(0.2)
    topology('kill -KILL "$(cat "$state/pids/worker1")"')
    faults.append(("worker1 killed with SIGKILL while publishing", f"{pending} escalations unpublished at that moment"))
    log(faults[-1][0])
    time.sleep(5)
    restart("worker1", 0)

    # Fault 2: the node leading the overdue queue stops, then comes back.
    leader = topology('rabbit_env 0 "$rabbit_bin/rabbitmqctl" -n "${rabbit_nodes[0]}" -q list_queues name leader --formatter json').stdout
    node = next(q["leader"] for q in json.loads(leader) if q["name"].endswith("assignment-overdue"))
    index = [value(f"rabbit_nodes[{i}]") for i in range(3)].index(node)
    topology(f'rabbit_env {index} "$rabbit_bin/rabbitmqctl" -n "{node}" -q stop_app')
    log(f"RabbitMQ node {node} (leader of the overdue queue) stopped")
    time.sleep(20)
    topology(f'rabbit_env {index} "$rabbit_bin/rabbitmqctl" -n "{node}" -q start_app')
    faults.append((f"RabbitMQ node leading the overdue queue ({node}) stopped 20 s", "started again"))

    # Fault 3: PostgreSQL restarts.
    pg_window = [time.time()]
    topology('runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl" -D "$state/pg" -m fast -w restart >/dev/null')
    pg_window.append(time.time() + 5)
    faults.append(("PostgreSQL restarted (fast)", f"{pg_window[1] - 5 - pg_window[0]:.1f} s"))
    log(faults[-1][0])

    # Fault 4: the mail catcher stops.
    topology('kill -TERM "$(cat "$state/pids/smtp4dev")"')
    log(f"smtp4dev stopped for {args.mail_outage} s")
    time.sleep(args.mail_outage)
    topology("start_smtp4dev >/dev/null")
    faults.append((f"smtp4dev stopped {args.mail_outage} s", "started again"))

    # Fault 5: the other worker told to stop, then started again.
    pid = topology('cat "$state/pids/worker2"').stdout.strip()
    signalled = time.time()
    topology(f"kill -TERM {pid}")
    while topology(f"kill -0 {pid} 2>/dev/null && echo alive").stdout.strip() == "alive" and time.time() - signalled < 30:
        time.sleep(0.2)
    stopped_in = time.time() - signalled
    faults.append(("worker2 sent SIGTERM", f"stopped in {stopped_in:.1f} s"))
    log(faults[-1][0] + f", {stopped_in:.1f} s")
    restart("worker2", 1)

    log("waiting for every escalation and email to arrive")
    deadline = time.time() + args.settle
    while time.time() < deadline:
        (unpublished, without_items, unsent_items, open_mails, missing) = (int(x) for x in sql_retrying(f"""
            SELECT (SELECT count(*) FROM escalations WHERE published_at IS NULL),
                   (SELECT count(*) FROM escalations e WHERE NOT EXISTS (SELECT 1 FROM mail_items m WHERE m.source_id = e.id)),
                   (SELECT count(*) FROM mail_items WHERE mail_id IS NULL),
                   (SELECT count(*) FROM mails WHERE status NOT IN ('sent', 'obsolete')),
                   (SELECT count(*) FROM assignments a JOIN consultations c ON c.id = a.consultation_id
                     WHERE c.document_number LIKE '%/{run}-CHAOS' AND a.due_at < now() - interval '5 seconds'
                       AND a.status = 'pending'
                       AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.assignment_id = a.id AND e.kind = 'overdue'))""")[0])
        # Every escalation has its mail items and every item is in a mail that was sent: nothing is on its way.
        if unpublished == 0 and without_items == 0 and unsent_items == 0 and open_mails == 0 and missing == 0 \
                and sql(f"SELECT count(*) FROM assignments a JOIN consultations c ON c.id = a.consultation_id WHERE c.document_number LIKE '%/{run}-CHAOS' AND a.due_at > now()")[0][0] == "0":
            break
        time.sleep(5)
    load.stop.set()
    load.join()

    escalations = sql(f"""SELECT e.kind, count(*), count(*) FILTER (WHERE e.published_at IS NULL),
            count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM mail_items m WHERE m.source_id = e.id))
        FROM escalations e JOIN assignments a ON a.id = e.assignment_id JOIN consultations c ON c.id = a.consultation_id
        WHERE c.document_number LIKE '%/{run}-CHAOS' GROUP BY e.kind ORDER BY e.kind""")
    overdue_due = int(sql(f"""SELECT count(*) FROM assignments a JOIN consultations c ON c.id = a.consultation_id
        WHERE c.document_number LIKE '%/{run}-CHAOS' AND a.status <> 'answered'""")[0][0])
    mails = {row[0]: row[1] for row in sql("SELECT id, status FROM mails")}
    caught = []
    page = 1
    while True:
        listing = http_json(f"{SMTP_WEB}/api/messages?page={page}&pageSize=500")
        results = listing.get("results", listing) if isinstance(listing, dict) else listing
        caught.extend(results)
        if not isinstance(listing, dict) or page * 500 >= listing.get("rowCount", 0):
            break
        page += 1
    # smtp4dev keeps one copy per recipient of a message (To and Cc): a copy is the pair of the
    # Message-ID and the address it was delivered to, and a duplicate is the same pair twice.
    copies = []
    for message in caught:
        raw = urllib.request.urlopen(f"{SMTP_WEB}/api/messages/{message['id']}/raw", timeout=30).read().decode("utf-8", "replace")
        header = next((line for line in raw.splitlines() if line.lower().startswith("message-id:")), "")
        message_id = header.split(":", 1)[1].strip().strip("<>").split("@")[0] if header else ""
        copies.append((message_id, message.get("deliveredTo", "")))
    message_ids = [m for m, _ in copies]
    delivered = {m for m in message_ids if m}
    duplicates = len(copies) - len(set(copies))
    sent = {m for m, status in mails.items() if status == "sent"}
    lost_mail = len(sent - delivered)
    unsent = len([m for m, status in mails.items() if status not in ("sent", "obsolete")])
    # A mail whose every line stopped being true before it went (the product's rule, not a loss).
    obsolete = len([m for m, status in mails.items() if status == "obsolete"])
    outside = [r for r in load.results if r[2] >= 500 and not (pg_window[0] - 2 <= r[0] <= pg_window[1])]
    inside_503 = [r for r in load.results if pg_window[0] - 2 <= r[0] <= pg_window[1] and r[2] == 503]
    inside_bad = [r for r in load.results if pg_window[0] - 2 <= r[0] <= pg_window[1] and r[2] >= 500 and (r[2] != 503 or not r[3])]

    print()
    print("| fault | what happened |")
    print("| --- | --- |")
    for fault, outcome in faults:
        print(f"| {fault} | {outcome} |")
    print()
    print("| count | value |")
    print("| --- | --- |")
    print(f"| consultations opened (3 assignments each) | {len(ids)} |")
    print(f"| answered before the deadline | {len(answered)} |")
    lost_escalations = 0
    for kind, total, unpublished, without_mail in escalations:
        print(f"| escalations `{kind}`: recorded / unpublished / without a mail item | {total} / {unpublished} / {without_mail} |")
        lost_escalations += int(unpublished) + int(without_mail)
    recorded_overdue = sum(int(t) for k, t, _, _ in escalations if k == "overdue")
    print(f"| assignments unanswered at their deadline / overdue escalations | {overdue_due} / {recorded_overdue} |")
    print(f"| mails sent (database) / copies caught by smtp4dev (one per recipient) / distinct Message-IDs | {len(sent)} / {len(copies)} / {len(delivered)} |")
    print(f"| mails sent but not caught / caught twice / still to send at the end | {lost_mail} / {duplicates} / {unsent} |")
    print(f"| mails dropped because no line was true any more | {obsolete} |")
    print(f"| API reads during the run / 5xx outside the database restart | {len(load.results)} / {len(outside)} |")
    print(f"| during the restart: 503 with Retry-After / other 5xx | {len(inside_503)} / {len(inside_bad)} |")
    failed = lost_escalations or lost_mail or duplicates or unsent or outside or inside_bad or recorded_overdue != overdue_due or stopped_in > 10
    print()
    print("FAILED: something was lost, repeated or refused" if failed else "0 lost, 0 duplicated")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
