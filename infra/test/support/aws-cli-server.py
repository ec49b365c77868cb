# The layer's aws-cli, one command per forked child of this process (infra/test/support/aws-cli.ts).
#
# Each `aws` run spends most of its CPU importing botocore and awscli (about a second); the tests
# run some seventy commands. This process imports them once, then forks a child per command:
# the child runs the layer's `aws` script as `aws` would (a fresh CLI driver and session, its own
# standard output and error), so no state passes from one command to the next.
#
# Protocol, one JSON object per line: in on stdin {"id", "args", "stdout", "stderr", "timeout"}
# (the two paths are files the child writes); out on stdout {"id", "code"}. EOF on stdin ends it.
import json
import mimetypes
import os
import runpy
import select
import signal
import sys
import time
import traceback

cli = sys.argv[1]

# aws-cli guesses types with python's `mimetypes`, which also reads /etc/mime.types where there
# is one. The Lambda runtime need not have it: aws-cli runs here on the built-in table alone.
mimetypes.knownfiles[:] = []

# What every command imports anyway; a module a later aws-cli drops is no reason to fail.
import gc  # noqa: E402

import awscli.clidriver  # noqa: E402

awscli.clidriver.create_clidriver()
for module in (
    "awscli.customizations.s3.s3handler",
    "awscli.customizations.s3.subcommands",
    "s3transfer.manager",
    "botocore.httpsession",
    "botocore.parsers",
    "botocore.serialize",
    "botocore.endpoint",
    "botocore.regions",
):
    try:
        __import__(module)
    except ImportError:
        pass
# Out of the collector's reach: a child's collections then leave the shared pages unwritten.
gc.freeze()


def run_child(request):
    code = 255
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        for fd, name in ((1, "stdout"), (2, "stderr")):
            target = os.open(request[name], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        sys.argv = [cli, *request["args"]]
        try:
            runpy.run_path(cli, run_name="__main__")
            code = 0
        except SystemExit as exit:
            if exit.code is None:
                code = 0
            elif isinstance(exit.code, int):
                code = exit.code
            else:
                print(exit.code, file=sys.stderr)
                code = 1
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def main():
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_read, False)
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    children = {}  # pid -> (id, deadline)
    pending = b""

    def report(request_id, code):
        os.write(1, (json.dumps({"id": request_id, "code": code}) + "\n").encode())

    while True:
        timeout = None
        if children:
            timeout = max(0.0, min(deadline for _, deadline in children.values()) - time.monotonic())
        readable, _, _ = select.select([0, wake_read], [], [], timeout)
        if wake_read in readable:
            try:
                while os.read(wake_read, 512):
                    pass
            except BlockingIOError:
                pass
        while children:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            request_id, _ = children.pop(pid)
            report(request_id, os.waitstatus_to_exitcode(status))
        now = time.monotonic()
        for pid, (request_id, deadline) in list(children.items()):
            if deadline <= now:
                os.kill(pid, signal.SIGKILL)
                children[pid] = (request_id, float("inf"))
        if 0 in readable:
            data = os.read(0, 65536)
            if not data:
                for pid in children:
                    os.kill(pid, signal.SIGKILL)
                return
            pending += data
            *lines, pending = pending.split(b"\n")
            for line in lines:
                if not line.strip():
                    continue
                request = json.loads(line)
                sys.stdout.flush()
                sys.stderr.flush()
                pid = os.fork()
                if pid == 0:
                    os.close(wake_read)
                    os.close(wake_write)
                    run_child(request)
                children[pid] = (request["id"], time.monotonic() + request["timeout"])


main()
