#!/usr/bin/env bash
# Soak run (issue 9): storefront pages and checkouts from a second process for MINUTES minutes while the
# app's resident memory is sampled every 10 s. Passes when no request failed and memory stayed flat.
# Usage, from the repository root: infra/load/soak.sh [MINUTES]
set -euo pipefail
minutes=${1:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

data=$(mktemp -d)
port=5094
dotnet build src/ShopOnboard.Web -c Debug -p:Optimize=true -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Testing ShopOnboard__DataPath="$data" Security__CheckoutPerMinute=100000000 Jobs__RunServer=false \
  Logging__LogLevel__Default=Warning dotnet src/ShopOnboard.Web/bin/Debug/net10.0/ShopOnboard.Web.dll --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

slug=$(sqlite3 "$data/shoponboard.db" "select s.Slug from Shops s where s.Status='Active' and exists (select 1 from Listings l where l.ShopId=s.Id and l.Status='Active') order by s.Id limit 1")
listing=$(sqlite3 "$data/shoponboard.db" "select l.Id from Listings l join Shops s on s.Id=l.ShopId where s.Slug='$slug' and l.Status='Active' order by l.Id limit 1")
shop=$(sqlite3 "$data/shoponboard.db" "select ShopId from Listings where Id=$listing")
sqlite3 "$data/shoponboard.db" "update Listings set Stock=1000000000 where Id=$listing"
page=$(curl -fs -c "$data/jar" -b "cart-$shop=${listing}x1" "http://127.0.0.1:$port/s/$slug/checkout")
token=$(printf '%s' "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
antiforgery=$(awk '$6 ~ /Antiforgery/ { print $6 "=" $7 }' "$data/jar")

rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$app/status"; }
( while kill -0 $app 2>/dev/null; do echo "$(date +%s) $(rss)"; sleep 10; done ) >"$data/rss.txt" &
sampler=$!

seconds=$((minutes * 60))
wrk -t1 -c16 -d"${seconds}s" "http://127.0.0.1:$port/s/$slug" >"$data/pages.txt" &
pages=$!
SLUG=$slug TOKEN=$token COOKIE="$antiforgery; cart-$shop=${listing}x1" \
  wrk -t1 -c4 -d"${seconds}s" -s infra/load/checkout.lua "http://127.0.0.1:$port" >"$data/orders.txt"
wait $pages
kill $sampler 2>/dev/null || true

echo "== pages";  grep -E "Requests/sec|Non-2xx|Socket errors" "$data/pages.txt" || true
echo "== orders"; grep -E "Requests/sec|Non-2xx|Socket errors" "$data/orders.txt" || true
echo "server errors logged: $(grep -c '"LogLevel":"Error"' "$data/app.log" || true)"
grep '"LogLevel":"Error"' "$data/app.log" | head -3 | cut -c1-600 || true
echo "resident memory (MB), first minute vs last minute:"
head -6 "$data/rss.txt" | awk '{ print $2 }' | tr '\n' ' '; echo
tail -6 "$data/rss.txt" | awk '{ print $2 }' | tr '\n' ' '; echo
echo "rollup check: $(sqlite3 "$data/shoponboard.db" "select (select sum(TotalVnd) from Orders where Status not in ('Cancelled','Returned')) - (select sum(RevenueVnd) from ShopDailyStats)") (0 = roll-ups match orders)"
