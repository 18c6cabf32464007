import { expect, expectTypeOf, it } from 'vitest'
import { compileCriteria } from '../../src/screen/compile-criteria'
import type * as z from 'zod'
import type { CriteriaSchema, CriterionSchema, DeliveryPolicySchema, FieldSchema } from '../../src/criteria/schema'
import type { Criteria, CriteriaInput, Criterion, DeliveryPolicy, Field } from '../../src/criteria/types'

// The published types are written out so that no zod type reaches the API; these checks (run
// by tsc in `npm run typecheck`) hold them to what the schemas parse to and accept: each is
// assignable to the other, both ways.
it('the written-out criteria types are what the schemas parse to and accept', () => {
  expectTypeOf<Criteria>().toExtend<z.output<typeof CriteriaSchema>>()
  expectTypeOf<z.output<typeof CriteriaSchema>>().toExtend<Criteria>()
  // CriteriaInput is checked at run time below: zod's own input type of a record of
  // discriminated unions is not usable for a comparison (its members intersect to never).
  expectTypeOf<Field>().toExtend<z.output<typeof FieldSchema>>()
  expectTypeOf<z.output<typeof FieldSchema>>().toExtend<Field>()
  expectTypeOf<Criterion>().toExtend<z.output<typeof CriterionSchema>>()
  expectTypeOf<z.output<typeof CriterionSchema>>().toExtend<Criterion>()
  expectTypeOf<DeliveryPolicy>().toExtend<z.output<typeof DeliveryPolicySchema>>()
  expectTypeOf<z.output<typeof DeliveryPolicySchema>>().toExtend<DeliveryPolicy>()
})

it('an object typed as CriteriaInput, with every kind of field, compiles', () => {
  const input: CriteriaInput = {
    id: 'typed',
    version: 1,
    locale: 'en',
    job: { title: { en: 'Driver' }, company: 'Acme', contact: { name: 'Ann', email: 'ann@acme.example' } },
    fields: {
      n: { type: 'number', min: 0, label: { en: 'n' } },
      i: { type: 'integer', label: { en: 'i' } },
      s: { type: 'string', maxLength: 10, label: { en: 's' } },
      b: { type: 'boolean', label: { en: 'b' } },
      d: { type: 'date', min: 'today', label: { en: 'd' } },
      t: { type: 'date-time', label: { en: 't' } },
      e: { type: 'enum', values: ['A', 'B'], reviewValues: ['B'], label: { en: 'e' } },
      l: { type: 'list', values: ['x'], maxItems: 3, label: { en: 'l' } },
    },
    criteria: [{ id: 'b', rule: { var: 'b' }, required: true, reason: { en: 'b' } }],
    delivery: { minDelayHours: 2 },
  }
  expect(compileCriteria(input).criteria.delivery?.slaHours).toBe(48)
})
