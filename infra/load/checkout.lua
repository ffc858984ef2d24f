-- wrk script: every request places one storefront order (cash on delivery) with the same cart cookie.
local slug = os.getenv("SLUG")
local token = os.getenv("TOKEN")
local body = "__RequestVerificationToken=" .. token ..
  "&Form.Name=Nguyen+Van+Tai&Form.Phone=0912345678&Form.Province=H%C3%A0+N%E1%BB%99i" ..
  "&Form.Commune=Phuong+Ba+Dinh&Form.Street=12+Hoe+Nhai&Form.Payment=Cash"

wrk.method = "POST"
wrk.path = "/s/" .. slug .. "/checkout"
wrk.body = body
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("COOKIE")

local statuses = {}
response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write("status counts are per thread in wrk; a 302 is a placed order, anything else is a failure\n")
end
