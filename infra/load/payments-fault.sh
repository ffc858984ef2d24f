#!/usr/bin/env bash
# Fault run for bank-transfer webhooks (issue 9): a burst of SePay and Casso webhooks for ORDERS orders,
# the app killed with SIGKILL in the middle of it, restarted, and the whole burst replayed, as the
# providers do when they got no answer. Passes when every order ends paid exactly once, no transfer is
# recorded twice and nothing acknowledged before the kill was lost. Traffic goes to 127.0.0.1 only.
# Usage, from the repository root: infra/load/payments-fault.sh [ORDERS] [PARALLEL]
set -euo pipefail
orders=${1:-400}
parallel=${2:-8}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
command -v openssl >/dev/null || { apt-get update -qq && apt-get install -y -qq openssl >/dev/null; }

data=$(mktemp -d)
port=5095
base="http://127.0.0.1:$port"
db="$data/shoponboard.db"
app=""
dotnet build src/ShopOnboard.Web -c Debug -p:Optimize=true -v q -nologo >/dev/null

start_app() {
  ASPNETCORE_ENVIRONMENT=Testing ShopOnboard__DataPath="$data" Jobs__RunServer=false Payments__WebhookPerMinute=100000000 \
    Security__SignInPerMinute=1000 Logging__LogLevel__Default=Warning \
    dotnet src/ShopOnboard.Web/bin/Debug/net10.0/ShopOnboard.Web.dll --urls "$base" >>"$data/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do curl -fs "$base/health" >/dev/null && return 0; sleep 1; done
  echo "the app did not start"; tail -20 "$data/app.log"; exit 1
}
trap '[ -n "$app" ] && kill $app 2>/dev/null; rm -rf "$data"' EXIT
start_app

# Two shops of team1's village with an active bank account: one reports through SePay, one through Casso.
mapfile -t shops < <(sqlite3 "$db" "select s.Id from Shops s join PaymentAccounts a on a.ShopId=s.Id and a.Status='Active'
  where s.VillageId=(select us.UnitId from UserScopes us join AspNetUsers u on u.Id=us.UserId where u.UserName='team1')
  and s.Status='Active' order by s.Id limit 2")
[ "${#shops[@]}" -eq 2 ] || { echo "need two active shops with a bank account in team1's village"; exit 1; }
sepay_key="sepay-fault-run-key"
casso_key="casso-fault-run-checksum-key"

# Sign in as team1 and save each account's webhook key through the settings page, as a team member does.
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
jar="$data/jar"
token=$(curl -fs -c "$jar" -b "$jar" "$base/account/sign-in" | token_of)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Login=team1" --data-urlencode "Password=Demo@2026" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
set_key() {
  local token
  token=$(curl -fs -c "$jar" -b "$jar" "$base/shops/$1/payments/webhook" | token_of)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Form.Provider=$2" --data-urlencode "Form.Secret=$3" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/shops/$1/payments/webhook"
}
set_key "${shops[0]}" SePay "$sepay_key"
set_key "${shops[1]}" Casso "$casso_key"
sepay_account=$(sqlite3 "$db" "select Id from PaymentAccounts where ShopId=${shops[0]} and WebhookProvider='SePay'")
casso_account=$(sqlite3 "$db" "select Id from PaymentAccounts where ShopId=${shops[1]} and WebhookProvider='Casso'")
[ -n "$sepay_account" ] && [ -n "$casso_account" ] || { echo "setting the webhook keys failed"; exit 1; }

# ORDERS fresh unpaid bank-transfer orders, alternating between the two shops, codes DH97000001...
now=$(date -u '+%Y-%m-%d %H:%M:%S')
{
  echo "begin;"
  for i in $(seq 1 "$orders"); do
    shop=${shops[$((i % 2))]}
    code=$(printf 'DH97%06d' "$i")
    echo "insert into Orders (ShopId, Channel, ExternalId, Code, Status, PaymentStatus, PaymentMethod, BuyerName, TotalVnd, PlacedAt, UpdatedAt)
      values ($shop, 'Storefront', '$code', '$code', 'New', 'Unpaid', 'BankTransfer', 'Fault Run', $((100000 + i * 1000)), '$now', '$now');"
  done
  echo "commit;"
} | sqlite3 "$db"

# One webhook per order; the transaction id is fixed per order, so the replay is the same transfer again.
send() {
  local i=$1 code amount id body
  code=$(printf 'DH97%06d' "$i")
  amount=$((100000 + i * 1000))
  id=$((880000000 + i))
  if [ $((i % 2)) -eq 0 ]; then
    body="{\"id\":$id,\"gateway\":\"Vietcombank\",\"transactionDate\":\"2026-11-24 14:02:37\",\"accountNumber\":\"0123499999\",\"code\":null,\"content\":\"$code chuyen tien\",\"transferType\":\"in\",\"transferAmount\":$amount,\"accumulated\":19077000,\"subAccount\":null,\"referenceCode\":\"MBVCB.$id\",\"description\":\"\"}"
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 20 -H "Content-Type: application/json" -H "Authorization: Apikey $SEPAY_KEY" \
      --data "$body" "$BASE/webhooks/sepay/$SEPAY_ACCOUNT" || true
  else
    # Keys already sorted A→Z and compact: the body is its own canonical form for the signature.
    body="{\"data\":{\"accountNumber\":\"88888888\",\"amount\":$amount,\"bankName\":\"VPBank\",\"description\":\"$code thanh toan\",\"id\":$id,\"reference\":\"FT$id\",\"transactionDateTime\":\"2026-11-24 15:06:37\"},\"error\":0}"
    local t sig
    t=$(($(date +%s%N) / 1000000))
    sig=$(printf '%s' "$t.$body" | openssl dgst -sha512 -hmac "$CASSO_KEY" | sed 's/^.*= //')
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 20 -H "Content-Type: application/json" -H "X-Casso-Signature: t=$t,v1=$sig" \
      --data "$body" "$BASE/webhooks/casso/$CASSO_ACCOUNT" || true
  fi
}
export -f send
export BASE="$base" SEPAY_KEY="$sepay_key" CASSO_KEY="$casso_key" SEPAY_ACCOUNT="$sepay_account" CASSO_ACCOUNT="$casso_account"

echo "== burst of $orders webhooks ($parallel in parallel), SIGKILL once a third is answered"
seq 1 "$orders" | xargs -P "$parallel" -I{} bash -c 'send {}' >"$data/burst1.txt" &
burst=$!
for _ in $(seq 1 600); do
  [ "$(grep -c '^200$' "$data/burst1.txt" || true)" -ge $((orders / 3)) ] && break
  sleep 0.05
done
kill -KILL "$app"
wait "$app" 2>/dev/null || true
acknowledged=$(grep -c '^200$' "$data/burst1.txt" || true)
wait "$burst" || true
after_kill=$(grep -c '^200$' "$data/burst1.txt" || true)
echo "answered 200 before the kill: $acknowledged (by the time the burst ended: $after_kill); all answers (000 = no connection): $(sort "$data/burst1.txt" | uniq -c | tr '\n' ' ')"

start_app
survived=$(sqlite3 "$db" "select count(*) from Payments p join Orders o on o.Id=p.OrderId where o.Code between 'DH97000001' and 'DH97999999'")
echo "payments in the database after the restart: $survived (acknowledged ones must all be there: $after_kill)"

echo "== replay of the whole burst"
seq 1 "$orders" | xargs -P "$parallel" -I{} bash -c 'send {}' >"$data/burst2.txt"
echo "replay answers: $(sort "$data/burst2.txt" | uniq -c | tr '\n' ' ')"

q() { sqlite3 "$db" "$1"; }
in_run="o.Code between 'DH97000001' and 'DH97999999'"
paid=$(q "select count(*) from Orders o where $in_run and o.PaymentStatus='Paid'")
payments=$(q "select count(*) from Payments p join Orders o on o.Id=p.OrderId where $in_run")
doubled=$(q "select count(*) from (select p.OrderId from Payments p join Orders o on o.Id=p.OrderId where $in_run group by p.OrderId having count(*) > 1)")
duplicates=$(q "select count(*) - count(distinct Provider || '/' || ProviderTransactionId) from Payments")
overpaid=$(q "select count(*) from Payments p join Orders o on o.Id=p.OrderId where $in_run and p.Match <> 'Matched'")
audited=$(q "select count(*) from AuditEntries a join Orders o on a.EntityType='Order' and a.EntityId=cast(o.Id as text) where $in_run and a.Action='order.payment'")
errors=$(grep -c -E '"LogLevel":"(Error|Critical)"|fail:' "$data/app.log" || true)
echo "orders: $orders, paid: $paid, payments for them: $payments, orders with more than one payment: $doubled"
echo "duplicate (provider, transaction) rows: $duplicates, payments not 'Matched': $overpaid, 'order.payment' audit entries: $audited, errors logged: $errors"
if [ "$paid" -eq "$orders" ] && [ "$payments" -eq "$orders" ] && [ "$doubled" -eq 0 ] && [ "$duplicates" -eq 0 ] \
   && [ "$overpaid" -eq 0 ] && [ "$audited" -eq "$orders" ] && [ "$survived" -ge "$after_kill" ]; then
  echo "PASS: every order paid exactly once, nothing acknowledged was lost"
else
  echo "FAIL"; exit 1
fi
