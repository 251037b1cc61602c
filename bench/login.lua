-- wrk script for POST /auth/login: the demo account's form body (bench/run.sh sets BENCH_LOGIN_BODY, URL-encoded).
wrk.method = "POST"
wrk.body = os.getenv("BENCH_LOGIN_BODY") or "email=demo.vzug&password=Vzug%232016"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
