// The features live with the shipped classifier (src/lint/model/features.ts), so the experiment and the lint read texts the same way.
export * from '../../../src/lint/model/features'
