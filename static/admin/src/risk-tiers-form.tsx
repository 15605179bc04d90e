/** Risk tiers: conditions that add approver groups or tighten the clock for riskier changes. */
import type { PolicyApproverGroup } from '@async-cab/shared/client';
import { Button } from '../../ui-kit/components';
import { ConditionBuilder } from './condition-builder';
import { describeCondition } from './describe-condition';
import { useEditor } from './editor-context';
import { CheckboxControl, NumberControl, TextControl } from './form-controls';
import { GroupPicker } from './group-picker';
import { removeAt, type RiskTierDraft } from './policy-document';

/** Optional numbers: an emptied field removes the key, so the change type's value applies again. */
function withOptionalNumber(
  tier: RiskTierDraft,
  key: 'approvalsPerGroup' | 'responseTimeHours',
  value: number,
): RiskTierDraft {
  const { [key]: _dropped, ...rest } = tier;
  return Number.isNaN(value) ? rest : { ...rest, [key]: value };
}

const NEW_TIER: RiskTierDraft = {
  key: '',
  name: '',
  when: { fact: 'risk', in: ['high', 'critical'] },
  addApproverGroupIds: [],
};

export function RiskTiersForm(props: {
  tiers: readonly RiskTierDraft[];
  onChange: (tiers: RiskTierDraft[]) => void;
  onAddGroup: (group: PolicyApproverGroup) => void;
}) {
  const { readOnly } = useEditor();
  const setTier = (index: number, tier: RiskTierDraft) => {
    props.onChange(props.tiers.map((existing, i) => (i === index ? tier : existing)));
  };
  return (
    <section className="ak-stack" aria-labelledby="risk-tiers-heading">
      <div className="admin-toolbar">
        <div>
          <h3 id="risk-tiers-heading">Risk tiers</h3>
          <p className="ak-subtle">
            Every tier whose condition holds applies: it adds its groups and can shorten the response time.
          </p>
        </div>
        {readOnly ? null : (
          <Button
            onClick={() => {
              props.onChange([...props.tiers, NEW_TIER]);
            }}
          >
            Add risk tier
          </Button>
        )}
      </div>
      {props.tiers.length === 0 ? (
        <p className="ak-subtle">No risk tiers: every change follows its change type.</p>
      ) : null}
      {props.tiers.map((tier, index) => {
        const path = `riskTiers.${String(index)}`;
        return (
          <article
            key={index}
            className="ak-card"
            aria-labelledby={`${path}-heading`}
            data-testid="risk-tier"
          >
            <div className="admin-editor__header">
              <h4 id={`${path}-heading`}>{tier.name.trim() === '' ? 'New risk tier' : tier.name}</h4>
              {readOnly ? null : (
                <button
                  type="button"
                  className="ak-button ak-button--subtle"
                  aria-label={`Remove risk tier ${tier.name || 'new risk tier'}`}
                  onClick={() => {
                    props.onChange(removeAt(props.tiers, index));
                  }}
                >
                  Remove
                </button>
              )}
            </div>
            <p className="admin-condition" data-testid="risk-tier-condition">
              <span className="ak-subtle">Applies when </span>
              {describeCondition(tier.when)}
            </p>
            <div className="admin-grid">
              <TextControl
                path={`${path}.name`}
                label="Name"
                required
                value={tier.name}
                onChange={(name) => {
                  setTier(index, { ...tier, name });
                }}
              />
              <TextControl
                path={`${path}.key`}
                label="Key"
                required
                help="Lower-case letters, digits or -, e.g. critical-impact."
                value={tier.key}
                onChange={(key) => {
                  setTier(index, { ...tier, key });
                }}
              />
              <div className="admin-span-all">
                <GroupPicker
                  path={`${path}.addApproverGroupIds`}
                  label="Add approver groups"
                  selected={tier.addApproverGroupIds ?? []}
                  onAdd={(group) => {
                    props.onAddGroup(group);
                    setTier(index, {
                      ...tier,
                      addApproverGroupIds: [...(tier.addApproverGroupIds ?? []), group.groupId],
                    });
                  }}
                  onRemove={(groupId) => {
                    setTier(index, {
                      ...tier,
                      addApproverGroupIds: (tier.addApproverGroupIds ?? []).filter((id) => id !== groupId),
                    });
                  }}
                />
              </div>
              <NumberControl
                path={`${path}.responseTimeHours`}
                label="Tighten response time to (hours)"
                help="Leave empty to keep the change type's. A looser value is ignored."
                min={0}
                value={tier.responseTimeHours}
                onChange={(hours) => {
                  setTier(index, withOptionalNumber(tier, 'responseTimeHours', hours));
                }}
              />
              <NumberControl
                path={`${path}.approvalsPerGroup`}
                label="Approvals per group"
                help="Leave empty to keep the change type's."
                min={1}
                step={1}
                value={tier.approvalsPerGroup}
                onChange={(count) => {
                  setTier(index, withOptionalNumber(tier, 'approvalsPerGroup', count));
                }}
              />
              <div className="admin-span-all">
                <CheckboxControl
                  path={`${path}.silenceIsConsent`}
                  label="Never let silence count as consent for these changes"
                  checked={tier.silenceIsConsent === false}
                  onChange={(forbid) => {
                    const { silenceIsConsent: _dropped, ...rest } = tier;
                    setTier(index, forbid ? { ...rest, silenceIsConsent: false } : rest);
                  }}
                />
              </div>
              <div className="admin-span-all">
                <ConditionBuilder
                  path={`${path}.when`}
                  value={tier.when}
                  onChange={(when) => {
                    setTier(index, { ...tier, when });
                  }}
                />
              </div>
            </div>
          </article>
        );
      })}
    </section>
  );
}
