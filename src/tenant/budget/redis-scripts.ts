/**
 * The shared budget's Lua scripts. Redis runs a script atomically, so instances booking slots at
 * the same moment are serialised, and every script reads Redis' own clock (`TIME`): instances whose
 * clocks disagree still agree on the budget. Durations cross the wire, never timestamps.
 */

/**
 * Books a slot in every bucket given (GCRA with booking, as in `gcra.ts`), after any shared pause.
 * KEYS[1] = pause key, KEYS[2..] = one theoretical-arrival-time key per bucket.
 * ARGV[1] = longest acceptable wait (ms), then per bucket: interval (ms), burst.
 * Returns { booked (1/0), wait ms, pause ms left }.
 */
export const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local pause = redis.call('PTTL', KEYS[1])
if pause < 0 then pause = 0 end
local at = now + pause
local tats = {}
for i = 2, #KEYS do
  local interval = tonumber(ARGV[2 * i - 2])
  local burst = tonumber(ARGV[2 * i - 1])
  local tat = tonumber(redis.call('GET', KEYS[i]) or '0')
  if tat < now then tat = now end
  tats[i] = tat
  local earliest = tat - interval * (burst - 1)
  if earliest > at then at = earliest end
end
local wait = at - now
if wait > tonumber(ARGV[1]) then return { 0, math.ceil(wait), pause } end
for i = 2, #KEYS do
  local interval = tonumber(ARGV[2 * i - 2])
  local tat = tats[i]
  if at > tat then tat = at end
  tat = tat + interval
  redis.call('SET', KEYS[i], string.format('%.3f', tat), 'PX', math.ceil(tat - now) + 1000)
end
return { 1, math.ceil(wait), pause }
`;

/** Extends the shared pause to at least ARGV[1] ms from now. KEYS[1] = pause key. */
export const PAUSE_SCRIPT = `
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then redis.call('SET', KEYS[1], '1', 'PX', ms) end
return 1
`;

/**
 * Heartbeat of one sharer: records it, forgets sharers silent for ARGV[2] ms, returns how many
 * remain (the equal split used when Redis becomes unreachable). KEYS[1] = sorted set of sharers.
 */
export const HEARTBEAT_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 2)
return redis.call('ZCARD', KEYS[1])
`;
