#!/usr/bin/env bash
# Fault run for marketplace sync (issues 7 and 9): the sandbox runs as its own process and fails 30% of
# calls (500) and answers 5% too late (after doing the work); LISTINGS listings of the demo shops are
# published through the app's Hangfire jobs, the sandbox's buyers place ORDERS orders on the published
# items, the app is killed with SIGKILL mid-run and restarted. Passes when every listing is on its
# marketplace exactly once, every sandbox order is imported exactly once and the roll-ups moved by exactly
# the imported orders. Traffic goes to 127.0.0.1 only; every wait is bounded.
# Shortcuts, for time only: sweeps every minute and a 5 s first retry (Marketplaces__Sync__*), 5 s client
# timeouts; one photo goes through the app's pipeline and the other listings reuse its content hash.
# Usage, from the repository root: infra/load/marketplace-fault.sh [LISTINGS] [ORDERS]
set -euo pipefail
listings=${1:-500}
orders=${2:-5000}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }

data=$(mktemp -d)
port=5096
sandbox_port=5091
base="http://127.0.0.1:$port"
sb="http://127.0.0.1:$sandbox_port"
db="$data/shoponboard.db"
app=""
sandbox=""
started=$(date +%s)
elapsed() { echo "$(( $(date +%s) - started )) s"; }
dotnet build src/ShopOnboard.Web -c Debug -p:Optimize=true -v q -nologo >/dev/null

dotnet src/ShopOnboard.MarketplaceSandbox/bin/Debug/net10.0/ShopOnboard.MarketplaceSandbox.dll "$sb" >"$data/sandbox.log" 2>&1 &
sandbox=$!
start_app() {
  ASPNETCORE_ENVIRONMENT=Testing ShopOnboard__DataPath="$data" Jobs__RunServer=true Logging__LogLevel__Default=Warning \
    Security__SignInPerMinute=1000 Marketplaces__Sandbox__InProcess=false \
    Marketplaces__Shopee__BaseUrl="$sb" Marketplaces__Shopee__Timeout=00:00:05 \
    Marketplaces__Lazada__ApiBaseUrl="$sb/lazada/rest" Marketplaces__Lazada__AuthBaseUrl="$sb/lazada/auth/rest" \
    Marketplaces__Lazada__AuthorizeUrl="$sb/lazada/oauth/authorize" Marketplaces__Lazada__Timeout=00:00:05 \
    Marketplaces__TikTokShop__ApiBaseUrl="$sb/tiktok" Marketplaces__TikTokShop__AuthBaseUrl="$sb/tiktok/auth" \
    Marketplaces__TikTokShop__AuthorizeUrl="$sb/tiktok/open/authorize" Marketplaces__TikTokShop__Timeout=00:00:05 \
    Marketplaces__Sync__SweepCron="* * * * *" Marketplaces__Sync__RetryBase=00:00:05 \
    dotnet src/ShopOnboard.Web/bin/Debug/net10.0/ShopOnboard.Web.dll --urls "$base" >>"$data/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do curl -fs "$base/health" >/dev/null && return 0; sleep 1; done
  echo "the app did not start"; tail -20 "$data/app.log"; exit 1
}
# SIGKILL for both: the run checks nothing after this, and the standalone sandbox may linger on SIGTERM.
trap '[ -n "$app" ] && kill -KILL $app 2>/dev/null; [ -n "$sandbox" ] && kill -KILL $sandbox 2>/dev/null; rm -rf "$data"' EXIT
start_app
q() { sqlite3 "$db" "$1"; }

token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
jar="$data/jar"
token=$(curl -fs -c "$jar" -b "$jar" "$base/account/sign-in" | token_of)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Login=admin" --data-urlencode "Password=Demo@2026" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
token=$(curl -fs -c "$jar" -b "$jar" "$base/shops/1/marketplaces" | token_of)
[ -n "$token" ] || { echo "signing in as admin failed"; exit 1; }

# The demo shops have a few listings each: copies with their own SKU make up LISTINGS (seeding only).
cols=$(q "select group_concat(name, ', ') from pragma_table_info('Listings') where name not in ('Id', 'Sku')")
for copy in $(seq 1 20); do
  [ "$(q "select count(*) from Listings l join Shops s on s.Id=l.ShopId where s.Status='Active' and l.Status='Active'")" -ge "$listings" ] && break
  q "insert into Listings ($cols, Sku) select $cols, Sku || '-F$copy' from Listings l where l.Status='Active' and l.Sku not like '%-F%'
     and l.ShopId in (select Id from Shops where Status='Active')"
done

# The first LISTINGS active listings, shop by shop; shop number n goes to marketplace n mod 3.
q "create table FaultRun (ListingId integer primary key, ShopId integer, Marketplace text);
   insert into FaultRun select l.Id, l.ShopId, null from Listings l join Shops s on s.Id=l.ShopId
     where s.Status='Active' and l.Status='Active' order by l.ShopId, l.Id limit $listings;
   update FaultRun set Marketplace = case (select count(distinct f2.ShopId) from FaultRun f2 where f2.ShopId < FaultRun.ShopId) % 3
     when 0 then 'Shopee' when 1 then 'Lazada' else 'TikTokShop' end;"
# TikTok Shop wants 25 to 255 characters in a title; the demo's short titles get a suffix (seeding only).
q "update Listings set Title = substr(Title || ' - đặc sản Lạng Sơn chính gốc', 1, 120) where length(Title) < 25 and Id in (select ListingId from FaultRun)"
[ "$(q 'select count(*) from FaultRun')" -eq "$listings" ] || { echo "the demo data has fewer than $listings active listings"; exit 1; }
echo "== $listings listings of $(q 'select count(distinct ShopId) from FaultRun') shops: $(q "select group_concat(m || ' ' || n, ', ') from (select Marketplace m, count(*) n from FaultRun group by 1)") ($(elapsed))"

# Each shop connects through its marketplace's consent page and the app's callback, as a team member does.
while IFS='|' read -r shop marketplace; do
  slug=$(echo "$marketplace" | tr '[:upper:]' '[:lower:]')
  curl -fs -L -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" "$base/shops/$shop/marketplaces/$slug/connect"
done < <(q "select distinct ShopId, Marketplace from FaultRun")
connected=$(q "select count(*) from MarketplaceConnections c join (select distinct ShopId, Marketplace from FaultRun) f using (ShopId, Marketplace) where c.Status='Connected'")
echo "connected shops: $connected"
[ "$connected" -eq "$(q 'select count(distinct ShopId) from FaultRun')" ] || { echo "connecting failed"; exit 1; }

# One photo through the app's upload and processing job; the other listings point at the same stored renditions.
first=$(q "select ShopId || '/listings/' || ListingId from FaultRun order by ListingId limit 1")
curl -fs -o /dev/null -c "$jar" -b "$jar" -F "__RequestVerificationToken=$token" -F "files=@../shared/bench-photos/photo1.jpg;type=image/jpeg" "$base/shops/$first/photos"
for _ in $(seq 1 120); do [ "$(q "select count(*) from ListingPhotos where Status='Ready'")" -ge 1 ] && break; sleep 1; done
hash=$(q "select ContentHash from ListingPhotos where Status='Ready' limit 1")
[ -n "$hash" ] || { echo "the photo was not processed"; tail -20 "$data/app.log"; exit 1; }
q "insert into ListingPhotos (ListingId, Position, IsMain, ContentHash, OriginalFileName, Status, Width, Height, CreatedAt)
   select f.ListingId, 0, 1, p.ContentHash, p.OriginalFileName, 'Ready', p.Width, p.Height, p.CreatedAt from FaultRun f, ListingPhotos p
   where p.ContentHash='$hash' and p.Id=(select min(Id) from ListingPhotos) and f.ListingId not in (select ListingId from ListingPhotos)"

# Roll-ups before the run, to compare their change with the imported orders.
shops="(select distinct ShopId from FaultRun)"
first_order=$(q "select coalesce(max(Id), 0) from Orders")
daily_before=$(q "select coalesce(sum(Orders), 0) || ' ' || coalesce(sum(RevenueVnd), 0) from ShopDailyStats where ShopId in $shops")
monthly_before=$(q "select coalesce(sum(Orders), 0) from UnitMonthlyStats where Channel in ('Shopee','Lazada','TikTokShop') and UnitId in (select VillageId from Shops where Id in $shops)")
curl -fs -o /dev/null -H 'Content-Type: application/json' --data '{"failureRate":0.30,"timeoutRate":0.05,"rateLimitedRate":0,"latencyMs":0}' "$sb/sandbox/faults"
# Read-only use of the cookie jar: parallel curls writing one jar would corrupt it and sign the run out.
publish() { curl -s -o /dev/null -w '%{http_code}\n' -b "$JAR" --data-urlencode "__RequestVerificationToken=$TOKEN" "$BASE/shops/$1/listings/$2/marketplaces/$3/publish"; }
export -f publish
export JAR="$jar" TOKEN="$token" BASE="$base"
q "select ShopId || ' ' || ListingId || ' ' || lower(Marketplace) from FaultRun" | xargs -P 4 -L 1 bash -c 'publish $0 $1 $2' >"$data/publish.txt"
echo "== faults on (30% 500s, 5% late answers); publish requested: $(sort "$data/publish.txt" | uniq -c | tr '\n' ' ')($(elapsed))"

in_run="ListingId in (select ListingId from FaultRun)"
synced() { q "select count(*) from ListingSyncStates where $in_run and Status='Synced'"; }
stats() { curl -fs --max-time 30 "$sb/sandbox/stats" >"$data/stats.json"; }
python_orders() { python3 -c "
import json; s=json.load(open('$data/stats.json')); print(sum(len(s[m]['orders']) for m in ('shopee','lazada','tiktokshop')))"; }
imported() { q "select count(*) from Orders where Id > $first_order and Channel in ('Shopee','Lazada','TikTokShop')"; }

# Buyers order whatever is published, a share per shop, until ORDERS orders exist in the sandbox.
created=0
for _ in $(seq 1 600); do
  [ "$(synced)" -ge $((listings / 3)) ] && break; sleep 1
done
for _ in $(seq 1 120); do
  while IFS='|' read -r marketplace external; do
    [ "$created" -ge "$orders" ] && break
    want=$(( (orders + connected - 1) / connected ))
    [ $((created + want)) -gt "$orders" ] && want=$((orders - created))
    case $marketplace in
      Shopee) url="$sb/sandbox/shopee/orders?shopId=$external&count=$want" ;;
      Lazada) url="$sb/sandbox/lazada/orders?sellerId=$external&count=$want" ;;
      *) url="$sb/sandbox/tiktokshop/orders?cipher=$external&count=$want" ;;
    esac
    got=$(curl -fs -X POST "$url" | grep -o '"[^"]*"' | grep -vc -E '^"(order_sn_list|order_ids)"$' || true)
    created=$((created + got))
  done < <(q "select c.Marketplace, c.ExternalShopId from MarketplaceConnections c join (select distinct ShopId, Marketplace from FaultRun) f using (ShopId, Marketplace)
              where exists (select 1 from ListingSyncStates s join FaultRun r on r.ListingId=s.ListingId where r.ShopId=c.ShopId and s.Status='Synced') order by random()")
  [ "$created" -ge "$orders" ] && break
  sleep 2
done
echo "== sandbox buyers placed $created orders; listings synced so far: $(synced) ($(elapsed))"

for _ in $(seq 1 300); do [ "$(imported)" -ge $((orders / 5)) ] && break; sleep 1; done
before_kill_synced=$(synced); before_kill_orders=$(imported)
kill -KILL "$app"; wait "$app" 2>/dev/null || true
echo "== SIGKILL with $before_kill_synced/$listings listings synced and $before_kill_orders/$created orders imported ($(elapsed))"
start_app
echo "restarted: $(synced) synced, $(imported) imported in the database ($(elapsed))"

# Until the database says everything is done; a listing that used up its retries gets the Retry button.
presses=0
for _ in $(seq 1 240); do
  failed=$(q "select r.ShopId || ' ' || r.ListingId || ' ' || lower(r.Marketplace) from ListingSyncStates s join FaultRun r on r.ListingId=s.ListingId where s.Status='Failed'")
  if [ -n "$failed" ]; then
    presses=$((presses + $(echo "$failed" | wc -l)))
    echo "$failed" | xargs -P 4 -L 1 bash -c 'publish $0 $1 $2' >/dev/null
  fi
  [ "$(synced)" -eq "$listings" ] && [ "$(imported)" -ge "$created" ] && break
  sleep 5
done
echo "== settled: $(synced)/$listings synced, $(imported)/$created imported, retry presses $presses ($(elapsed))"

curl -fs -o /dev/null -H 'Content-Type: application/json' --data '{"failureRate":0,"timeoutRate":0,"rateLimitedRate":0,"latencyMs":0}' "$sb/sandbox/faults"
stats
python3 - "$data/stats.json" "$data" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
names = {'shopee': 'Shopee', 'lazada': 'Lazada', 'tiktokshop': 'TikTokShop'}
with open(sys.argv[2] + '/items.csv', 'w') as f:
    for m, name in names.items():
        for i in s[m]['items']:
            f.write(f"{name},{i['shop']},{i['sku']},{i['id']}\n")
with open(sys.argv[2] + '/orders.csv', 'w') as f:
    for m, name in names.items():
        for o in s[m]['orders']:
            f.write(f"{name},{o['shop']},{o['id']}\n")
PY
sqlite3 "$data/check.db" "create table Items (Marketplace, Shop, Sku, ItemId); create table SbOrders (Marketplace, Shop, OrderId);" \
  ".mode csv" ".import $data/items.csv Items" ".import $data/orders.csv SbOrders"
c() { sqlite3 "$data/check.db" "attach '$db' as app; $1"; }
ours="(select c.Marketplace, c.ExternalShopId, c.ShopId from app.MarketplaceConnections c join (select distinct ShopId, Marketplace from app.FaultRun) f using (ShopId, Marketplace))"
items=$(c "select count(*) from Items i join $ours o on o.Marketplace=i.Marketplace and o.ExternalShopId=i.Shop")
twice=$(c "select count(*) from (select 1 from Items i join $ours o on o.Marketplace=i.Marketplace and o.ExternalShopId=i.Shop group by i.Marketplace, i.Shop, i.Sku having count(*) > 1)")
matched=$(c "select count(*) from app.ListingSyncStates s join app.FaultRun r on r.ListingId=s.ListingId and r.Marketplace=s.Marketplace
  join app.Listings l on l.Id=s.ListingId join $ours o on o.ShopId=r.ShopId
  join Items i on i.Marketplace=s.Marketplace and i.Shop=o.ExternalShopId and i.Sku=l.Sku and i.ItemId=s.ExternalItemId where s.Status='Synced'")
sb_orders=$(c "select count(*) from SbOrders")
once=$(c "select count(*) from SbOrders b join app.Orders o on o.Channel=b.Marketplace and o.ExternalId=b.OrderId")
dup=$(c "select count(*) from (select 1 from app.Orders group by Channel, ExternalId having count(*) > 1)")
run_orders="app.Orders o join SbOrders b on o.Channel=b.Marketplace and o.ExternalId=b.OrderId where o.Status not in ('Cancelled','Returned')"
counted=$(c "select count(*) || ' ' || coalesce(sum(o.TotalVnd), 0) from $run_orders")
daily_after=$(q "select coalesce(sum(Orders), 0) || ' ' || coalesce(sum(RevenueVnd), 0) from ShopDailyStats where ShopId in $shops")
monthly_after=$(q "select coalesce(sum(Orders), 0) from UnitMonthlyStats where Channel in ('Shopee','Lazada','TikTokShop') and UnitId in (select VillageId from Shops where Id in $shops)")
daily_delta="$(( ${daily_after% *} - ${daily_before% *} )) $(( ${daily_after#* } - ${daily_before#* } ))"
monthly_delta=$((monthly_after - monthly_before))
echo "listings: $listings, on the sandbox for their shops: $items, SKUs there twice: $twice, sync states matching the sandbox's item: $matched"
echo "sandbox orders: $sb_orders, imported once: $once, duplicate (channel, external id): $dup, retry presses: $presses, add_item calls (Shopee): $(python3 -c "import json; print(json.load(open('$data/stats.json'))['shopee']['add_item_calls'])")"
echo "imported orders counted as revenue (orders revenue): $counted; ShopDailyStats change: $daily_delta; villages' UnitMonthlyStats change (orders): $monthly_delta"
errors=$(grep -c -E 'fail:|crit:' "$data/app.log" || true)
echo "errors logged: $errors; time: $(elapsed)"
if [ "$items" -eq "$listings" ] && [ "$twice" -eq 0 ] && [ "$matched" -eq "$listings" ] && [ "$sb_orders" -eq "$created" ] \
   && [ "$created" -eq "$orders" ] && [ "$once" -eq "$sb_orders" ] && [ "$dup" -eq 0 ] && [ "$daily_delta" = "$counted" ] && [ "$monthly_delta" -eq "${counted% *}" ]; then
  echo "PASS: every listing published exactly once, every order imported exactly once, roll-ups equal the orders"
else
  echo "FAIL"; exit 1
fi
