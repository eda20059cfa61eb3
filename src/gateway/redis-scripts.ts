/**
 * Lua run atomically by Redis for the shared limits (see redis-limits.ts). Time is Redis's own
 * clock, so instances with skewed clocks still count one window.
 */

/**
 * The sliding windows both admission scripts share. Windows are sorted sets of admission times: at
 * most `limit` members whose time is within the window, so "at most N in any 60 s", not per calendar
 * minute. `refused(count)` checks the override (when ARGV[3] > 0), burst and per-minute windows for
 * room for `count` more requests and returns {which, retry ms} (1 override, 2 burst, 3 minute) or nil;
 * `record(count, member)` then adds them. KEYS[1..3] and ARGV[1..3] are the same in both scripts:
 * burst set, minute set, override set; burst, per minute, override per minute (0: none).
 */
const slidingWindows = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local override = tonumber(ARGV[3])
local function wait(key, limit, window, count)
  if count > limit then return window end
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local used = redis.call('ZCARD', key)
  if used + count <= limit then return 0 end
  local deciding = redis.call('ZRANGE', key, used + count - limit - 1, used + count - limit - 1, 'WITHSCORES')
  return math.max(1, tonumber(deciding[2]) + window - now)
end
local function refused(count)
  local retry
  if override > 0 then
    retry = wait(KEYS[3], override, 60000, count)
    if retry > 0 then return {1, retry} end
  end
  retry = wait(KEYS[1], tonumber(ARGV[1]), 1000, count)
  if retry > 0 then return {2, retry} end
  retry = wait(KEYS[2], tonumber(ARGV[2]), 60000, count)
  if retry > 0 then return {3, retry} end
  return nil
end
local function record(count, member)
  for index = 1, count do
    local name = count == 1 and member or (member .. ':' .. index)
    if override > 0 then redis.call('ZADD', KEYS[3], now, name) end
    redis.call('ZADD', KEYS[1], now, name)
    redis.call('ZADD', KEYS[2], now, name)
  end
  if override > 0 then redis.call('PEXPIRE', KEYS[3], 60000) end
  redis.call('PEXPIRE', KEYS[1], 1000)
  redis.call('PEXPIRE', KEYS[2], 60000)
end
`;

/**
 * Rate, burst, override and concurrency lease in one call. A request is admitted only when every
 * limit has room, and only then is it recorded in each: a refused request uses up nothing. The lease
 * set scores each lease by its expiry; leases of an instance that died (and stopped renewing them)
 * expire by themselves.
 *
 * KEYS: burst set, minute set, override set, lease set.
 * ARGV: burst, per minute, override per minute (0: none), concurrency (0: none), unique member,
 * lease TTL in ms.
 * Returns {0, 0} admitted, or {which, retry ms}: 1 override, 2 burst, 3 minute, 4 concurrency.
 */
export const rateScript = `${slidingWindows}
local refusal = refused(1)
if refusal then return refusal end
local concurrency = tonumber(ARGV[4])
local ttl = tonumber(ARGV[6])
if concurrency > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
  if redis.call('ZCARD', KEYS[4]) >= concurrency then return {4, 1000} end
  redis.call('ZADD', KEYS[4], now + ttl, ARGV[5])
  redis.call('PEXPIRE', KEYS[4], ttl * 2)
end
record(1, now .. ':' .. ARGV[5])
return {0, 0}
`;

/**
 * Count several requests at once against the override, burst and per-minute windows (upstream calls
 * the gateway makes for one client request): admitted only when every window has room for all of
 * them, and only then recorded, as `count` members of each window.
 *
 * KEYS: burst set, minute set, override set.
 * ARGV: burst, per minute, override per minute (0: none), count, unique member.
 * Returns {0, 0} admitted, or {which, retry ms}: 1 override, 2 burst, 3 minute.
 */
export const extraRequestsScript = `${slidingWindows}
local count = tonumber(ARGV[4])
local refusal = refused(count)
if refusal then return refusal end
record(count, now .. ':' .. ARGV[5])
return {0, 0}
`;

/**
 * Reserve tokens against the per-minute and per-day quotas (fixed windows, named by the caller).
 * Nothing is reserved unless both have room.
 *
 * KEYS: this minute's counter, this day's counter.
 * ARGV: amount, per-minute quota, per-day quota, ms left in the minute, ms left in the day.
 * Returns {0, 0} reserved, or {1, retry ms} minute spent, {2, retry ms} day spent.
 */
export const tokenScript = `
local amount = tonumber(ARGV[1])
local minute = tonumber(redis.call('GET', KEYS[1]) or '0')
if minute + amount > tonumber(ARGV[2]) then return {1, tonumber(ARGV[4])} end
local day = tonumber(redis.call('GET', KEYS[2]) or '0')
if day + amount > tonumber(ARGV[3]) then return {2, tonumber(ARGV[5])} end
redis.call('INCRBY', KEYS[1], amount)
redis.call('PEXPIRE', KEYS[1], 120000)
redis.call('INCRBY', KEYS[2], amount)
redis.call('PEXPIRE', KEYS[2], 172800000)
return {0, 0}
`;

/**
 * Settle a reservation: add the difference between usage and reservation to both counters (one
 * command instead of two).
 *
 * KEYS: this minute's counter, this day's counter. ARGV: difference (may be negative).
 */
export const settleScript = `
local difference = tonumber(ARGV[1])
redis.call('INCRBY', KEYS[1], difference)
redis.call('INCRBY', KEYS[2], difference)
return 0
`;

/**
 * One failed authentication from an address, counted across the fleet: a sliding log of failure
 * times per address on Redis's clock. When the address has spent its budget (`limit` failures in
 * `window` ms), every instance is told by pub/sub how long it must refuse the address's
 * unauthenticated requests (until the oldest of its last `limit` failures leaves the window).
 *
 * KEYS: the address's failure set. ARGV: limit, window ms, unique member, channel, address.
 * Returns 0 while within the budget, else the wait in ms (also published as "address wait").
 */
export const authFailureScript = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
local count = redis.call('ZCARD', KEYS[1])
if count < limit then return 0 end
local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
local wait = math.max(1, tonumber(oldest[2]) + window - now)
redis.call('PUBLISH', ARGV[4], ARGV[5] .. ' ' .. wait)
return wait
`;
