import { ApiError, notFound } from './api-error.js'
import type { FineTuneMethodType, Model } from './types.js'

/** A base model the simulator serves. */
export interface ModelSpec {
  id: string
  created?: number
  owned_by?: string
  /** Sent as `shutdown_date` when set; fine-tunes of the model carry it too. */
  shutdown_date?: string | null
  /** The methods it can be fine-tuned with; none means it cannot be fine-tuned. */
  fineTuning?: readonly FineTuneMethodType[]
  /** Other names for it (`gpt-4o-mini` for `gpt-4o-mini-2024-07-18`); a job on an alias trains the snapshot. */
  aliases?: readonly string[]
}

const SFT_DPO = ['supervised', 'dpo'] as const

/** The models OpenAI fine-tunes, with the methods each takes. */
export const DEFAULT_MODELS: readonly ModelSpec[] = [
  { id: 'gpt-4.1-2025-04-14', created: 1744316542, fineTuning: SFT_DPO, aliases: ['gpt-4.1'] },
  { id: 'gpt-4.1-mini-2025-04-14', created: 1744317547, fineTuning: SFT_DPO, aliases: ['gpt-4.1-mini'] },
  { id: 'gpt-4.1-nano-2025-04-14', created: 1744321025, fineTuning: SFT_DPO, aliases: ['gpt-4.1-nano'] },
  { id: 'gpt-4o-2024-08-06', created: 1722814719, fineTuning: SFT_DPO, aliases: ['gpt-4o'] },
  { id: 'gpt-4o-mini-2024-07-18', created: 1721172717, fineTuning: SFT_DPO, aliases: ['gpt-4o-mini'] },
  { id: 'o4-mini-2025-04-16', created: 1744133506, fineTuning: ['reinforcement'], aliases: ['o4-mini'] },
  { id: 'gpt-3.5-turbo-0125', created: 1706048358, fineTuning: ['supervised'], aliases: ['gpt-3.5-turbo'] },
  { id: 'davinci-002', created: 1692634301, fineTuning: ['supervised'] },
  { id: 'babbage-002', created: 1692634615, fineTuning: ['supervised'] },
]

export interface StoredModel {
  id: string
  created: number
  ownedBy: string
  shutdownDate?: string | null
  kind: 'base' | 'alias' | 'fine-tuned' | 'checkpoint'
  /** For an alias, the snapshot; for a fine-tune or a checkpoint, the base snapshot it was trained from. */
  base?: string
  fineTuning?: readonly FineTuneMethodType[]
  jobId?: string
  deleted: boolean
}

/** Base models, their aliases, and the fine-tuned models and checkpoints jobs create. */
export class ModelRegistry {
  private readonly models = new Map<string, StoredModel>()

  constructor(specs: readonly ModelSpec[], shutdownDates: Readonly<Record<string, string | null>> = {}) {
    for (const spec of specs) {
      const base: StoredModel = {
        id: spec.id,
        created: spec.created ?? 1_700_000_000,
        ownedBy: spec.owned_by ?? 'system',
        shutdownDate: shutdownDates[spec.id] ?? spec.shutdown_date,
        kind: 'base',
        fineTuning: spec.fineTuning,
        deleted: false,
      }
      this.models.set(spec.id, base)
      for (const alias of spec.aliases ?? []) {
        this.models.set(alias, {
          ...base,
          id: alias,
          kind: 'alias',
          base: spec.id,
          shutdownDate: shutdownDates[alias] ?? base.shutdownDate,
        })
      }
    }
  }

  /** A model that exists now, by id or alias; checkpoints included, as they can be sampled. */
  find(id: string): StoredModel | undefined {
    const model = this.models.get(id)
    return model && !model.deleted ? model : undefined
  }

  get(id: string): StoredModel {
    const model = this.find(id)
    if (!model) throw notFound(`The model '${id}' does not exist`, 'model', 'model_not_found')
    return model
  }

  /** What GET /models lists: base models, aliases and fine-tunes (checkpoints are not listed, as at OpenAI). */
  list(): StoredModel[] {
    return [...this.models.values()].filter(m => !m.deleted && m.kind !== 'checkpoint')
  }

  /** The snapshot a model trains as, and the methods it accepts; a fine-tune trains further like its base. */
  trainable(id: string): { snapshot: string; root: string; methods: readonly FineTuneMethodType[] } | undefined {
    const model = this.find(id)
    if (!model || model.kind === 'checkpoint') return undefined
    const root = model.kind === 'base' ? model.id : model.base!
    const methods = this.models.get(root)?.fineTuning ?? []
    return methods.length === 0 ? undefined : { snapshot: model.kind === 'alias' ? root : model.id, root, methods }
  }

  addTrained(
    id: string,
    kind: 'fine-tuned' | 'checkpoint',
    base: string,
    jobId: string,
    created: number,
    ownedBy: string,
  ): StoredModel {
    const model: StoredModel = {
      id,
      created,
      ownedBy,
      shutdownDate: this.models.get(base)?.shutdownDate,
      kind,
      base,
      jobId,
      deleted: false,
    }
    this.models.set(id, model)
    return model
  }

  /** Only the organization's own fine-tunes can be deleted. */
  delete(id: string, organizationId: string): StoredModel {
    const model = this.get(id)
    if (model.kind !== 'fine-tuned' || model.ownedBy !== organizationId) {
      throw new ApiError(
        403,
        `You have insufficient permissions to delete the model '${id}'.`,
        'model',
        'insufficient_permissions',
      )
    }
    model.deleted = true
    return model
  }

  object(model: StoredModel): Model {
    return {
      id: model.id,
      object: 'model',
      created: model.created,
      owned_by: model.ownedBy,
      ...(model.shutdownDate === undefined ? {} : { shutdown_date: model.shutdownDate }),
    }
  }
}
