#!/usr/bin/env bash
# Load run for the storefront (issue 6): the shop page under wrk, then order placement under wrk with a
# Lua script that posts checkouts. Starts the app in Release-like Debug... see README "Load runs".
# Usage, from the repository root: infra/load/storefront.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
seconds=${1:-30}
connections=${2:-64}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

data=$(mktemp -d)
port=5093
dotnet build src/ShopOnboard.Web -c Debug -p:Optimize=true -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Testing ShopOnboard__DataPath="$data" Security__CheckoutPerMinute=100000000 Jobs__RunServer=false Logging__LogLevel__Default=Warning \
  dotnet src/ShopOnboard.Web/bin/Debug/net10.0/ShopOnboard.Web.dll --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

slug=$(sqlite3 "$data/shoponboard.db" "select s.Slug from Shops s where s.Status='Active' and exists (select 1 from Listings l where l.ShopId=s.Id and l.Status='Active') order by s.Id limit 1")
listing=$(sqlite3 "$data/shoponboard.db" "select l.Id from Listings l join Shops s on s.Id=l.ShopId where s.Slug='$slug' and l.Status='Active' order by l.Id limit 1")
# Plenty of stock, so every placed order is accepted; oversell is checked at confirmation, not here.
sqlite3 "$data/shoponboard.db" "update Listings set Stock=100000000 where Id=$listing"
echo "shop /s/$slug, listing $listing"

echo "== GET /s/$slug for ${seconds}s, $connections connections"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/s/$slug" | tee "$data/shop.txt"

shop=$(sqlite3 "$data/shoponboard.db" "select ShopId from Listings where Id=$listing")
# One anti-forgery cookie/token pair, reused by every request as one browser would reuse it.
page=$(curl -fs -c "$data/jar" -b "cart-$shop=${listing}x1" "http://127.0.0.1:$port/s/$slug/checkout")
token=$(printf '%s' "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
antiforgery=$(awk '$6 ~ /Antiforgery/ { print $6 "=" $7 }' "$data/jar")

echo "== POST checkout for ${seconds}s"
before=$(sqlite3 "$data/shoponboard.db" "select count(*) from Orders")
SLUG=$slug TOKEN=$token COOKIE="$antiforgery; cart-$shop=${listing}x1" wrk -t2 -c32 -d"${seconds}s" --latency -s infra/load/checkout.lua "http://127.0.0.1:$port" | tee "$data/checkout.txt"
after=$(sqlite3 "$data/shoponboard.db" "select count(*) from Orders")
errors=$(grep -c " 500 " "$data/app.log" || true)
echo "orders placed: $((after - before)); server errors logged: $errors"
echo "rollup check: $(sqlite3 "$data/shoponboard.db" "select (select sum(TotalVnd) from Orders where Status not in ('Cancelled','Returned')) - (select sum(RevenueVnd) from ShopDailyStats)") (0 means the daily roll-ups match the orders)"
