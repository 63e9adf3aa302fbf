import { sealWords } from '../../core/forms/sealWords';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Caption1 } from '@fluentui/react-components';
import { dueDate } from '../../core/forms/deadlines';
import type { Pack } from '../../core/forms/pack';
import { t } from './t';

/** The plan's own words: its categories, each form's definitions, the grading basis and the deadlines it sets. */
export function HelpPanel(props: { pack: Pack }) {
  const { pack } = props;
  const cats = Object.entries(pack.categories.definitions);
  return (
    <section aria-label={t('ui_help_title')}>
      <Accordion collapsible multiple>
        <AccordionItem value="categories">
          <AccordionHeader as="h3">{t('ui_help_categories', { label: pack.categories.label })}</AccordionHeader>
          <AccordionPanel>
            {cats.length ? (
              <dl>
                {cats.map(([term, text]) => (
                  <div key={term}>
                    <dt>
                      <strong>{term}</strong>
                    </dt>
                    <dd>{text}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <Body1 as="p">{pack.categories.values.join('、')}</Body1>
            )}
            <Body1 as="p">{pack.grading.basis}</Body1>
          </AccordionPanel>
        </AccordionItem>
        {pack.forms
          .filter((f) => f.definitions.length || f.note)
          .map((f) => (
            <AccordionItem key={f.id} value={f.id}>
              <AccordionHeader as="h3">{`${f.id} ${f.title}`}</AccordionHeader>
              <AccordionPanel>
                {f.note && <Body1 as="p">{f.note}</Body1>}
                <dl>
                  {f.definitions.map((d) => (
                    <div key={d.term}>
                      <dt>
                        <strong>{d.term}</strong>
                      </dt>
                      <dd>{d.text}</dd>
                    </div>
                  ))}
                </dl>
              </AccordionPanel>
            </AccordionItem>
          ))}
        <AccordionItem value="deadlines">
          <AccordionHeader as="h3">{t('ui_help_deadlines')}</AccordionHeader>
          <AccordionPanel>
            {pack.deadlines.length ? (
              <ul>
                {pack.deadlines.map((d) => (
                  <li key={d.id}>
                    <strong>{d.stage}</strong>
                    {'：'}
                    {t('round_deadline', {
                      by: d.by,
                      date: d.due.day === 'end' || !/[日号]/.test(d.by) ? dayText(dueDate(d.due, pack.year)) : '',
                      what: d.what,
                      to: d.to,
                      sealed: sealWords(pack, d),
                    })}
                    {d.forms.length > 0 && (
                      <Caption1 as="p">{t('round_deadline_forms', { forms: formNames(pack, d.forms) })}</Caption1>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <Body1 as="p">{t('ui_help_no_deadlines')}</Body1>
            )}
            {pack.reportTo && <Body1 as="p">{t('ui_help_report_to', { to: pack.reportTo })}</Body1>}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}

const formNames = (pack: Pack, ids: string[]) =>
  ids.map((id) => `${id} ${pack.forms.find((f) => f.id === id)?.title ?? ''}`).join('、');

/** 2014-07-20 → 按7月20日计: said only where the plan's words name no day (7月中旬, 9月底). */
const dayText = (iso: string) => `按${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日计`;
