-- wrk script of `adtelligent-bench webhook`: POSTs Airbyte's sync notification, each job twice
-- (the second a repeat the service must pass on no more), job ids unique to the run (first
-- argument), the thread and the request. Bodies are built per request, as deliveries would be.
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

function init(args)
  run = tonumber(args[1] or "1")
  connection = args[2] or "64d901a1-2520-4d91-93c8-9df438668ff0"
  sent = 0
end

function request()
  sent = sent + 1
  local job = run * 1e13 + thread_id * 1e11 + math.floor((sent + 1) / 2)
  local body = string.format('{"text":"Your connection Meta Ads succeeded","data":{'
      .. '"workspace":{"id":"b510e39b-e9e2-4833-9a3a-963e51d35fb4","name":"Workspace1"},'
      .. '"connection":{"id":"%s","name":"Meta Ads"},'
      .. '"jobId":%.0f,"success":true,"startedAt":"2026-12-06T06:00:00Z","finishedAt":"2026-12-06T06:04:10Z",'
      .. '"bytesEmitted":1048576,"recordsEmitted":2400}}', connection, job)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
