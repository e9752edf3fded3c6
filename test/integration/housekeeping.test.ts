/**
 * Sign-in links and sessions that ran out, and API replies kept past their hours, are deleted by
 * the serve processes' housekeeping, in bounded batches, both realms, on both stores; the rest is kept.
 */
import { describe, expect, it } from 'vitest'
import { createHousekeeper } from '../../src/services/housekeeping.js'
import { postgresHarness, sqliteHarness } from '../fixtures/store-harness.js'

const NOW = Date.parse('2026-05-20T10:00:00Z')

for (const [dialect, open] of [
  ['sqlite', sqliteHarness],
  ['postgres', postgresHarness],
] as const)
  describe(`housekeeping on ${dialect}`, () => {
    it('deletes the links and sessions that ran out, batch after batch, and keeps the rest', async () => {
      const h = await open()
      try {
        const portal = h.store.portal
        // More than one batch of links that ran out, as after a rush of sign-ins.
        for (let i = 0; i < 2_500; i++)
          await portal.insertSigninToken(`old-${i}`, `p${i}@example.com`, NOW - 3, NOW - 1)
        await portal.insertSigninToken('live', 'ana@example.com', NOW, NOW + 900_000)
        await portal.insertSession('old-session', 'ana@example.com', NOW - 5, NOW)
        await portal.insertSession('live-session', 'ana@example.com', NOW, NOW + 3_600_000)
        await portal.insertSigninToken('old-console', 'dpo@example.com', NOW - 3, NOW - 1, 'console')
        await portal.insertSession('live-console', 'dpo@example.com', NOW, NOW + 3_600_000, 'console')
        const housekeeper = createHousekeeper({ store: h.store, clock: () => NOW, replyHours: 24, caseTextDays: 30 })
        expect(await housekeeper.runOnce()).toBe(2_500 + 1 + 1)
        expect(await housekeeper.runOnce()).toBe(0)
        expect(await portal.consumeSigninToken('old-0', NOW - 2)).toBeUndefined()
        expect(await portal.consumeSigninToken('live', NOW)).toBe('ana@example.com')
        expect(await portal.findSession('old-session', NOW - 1)).toBeUndefined()
        expect(await portal.findSession('live-session', NOW)).toBe('ana@example.com')
        expect(await portal.findSession('live-console', NOW, 'console')).toBe('dpo@example.com')
      } finally {
        await h.dispose()
      }
    })

    it('deletes the API replies kept longer than their hours, batch after batch, and keeps the younger', async () => {
      const h = await open()
      try {
        const portal = h.store.portal
        const DAY = 86_400_000
        // More than one batch of replies from a rush a day and a half ago; one made just inside the day.
        await portal.insertIdempotents(
          Array.from({ length: 1_200 }, (_, i) => ({ key: `tok:old-${i}`, requestHash: 'h', status: 201, body: '{}' })),
          NOW - DAY - DAY / 2,
        )
        await portal.insertIdempotent('tok:young', 'h', 201, '{"id":"f1"}', NOW - DAY + 1)
        const housekeeper = createHousekeeper({ store: h.store, clock: () => NOW, replyHours: 24, caseTextDays: 30 })
        expect(await housekeeper.runOnce()).toBe(1_200)
        expect(await portal.findIdempotent('tok:old-0')).toBeUndefined()
        expect(await portal.findIdempotent('tok:old-1199')).toBeUndefined()
        expect(await portal.findIdempotent('tok:young')).toEqual({ requestHash: 'h', status: 201, body: '{"id":"f1"}' })
        // Its day over, it goes too.
        const later = createHousekeeper({ store: h.store, clock: () => NOW + 2, replyHours: 24, caseTextDays: 30 })
        expect(await later.runOnce()).toBe(1)
        expect(await portal.findIdempotent('tok:young')).toBeUndefined()
      } finally {
        await h.dispose()
      }
    })
  })
