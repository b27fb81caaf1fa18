import { describe, expect, it } from 'vitest';
import { t } from '../../../../shared/i18n';
import { checkDraft, type WorkshopDraft } from './new-workshop';

const draft = (patch: Partial<WorkshopDraft> = {}): WorkshopDraft => ({ type: 'omvarldsdag', title: 'Omvärldsdag', date: '2027-01-21', groupCount: '6', groupNames: '', layout: '', ...patch });

describe('the new-workshop form', () => {
  it('sends a number of groups, or the named groups instead, and the layout only when chosen', () => {
    expect(checkDraft(draft())).toEqual({ ok: true, input: { type: 'omvarldsdag', title: 'Omvärldsdag', date: '2027-01-21', groupCount: 6 } });
    expect(checkDraft(draft({ groupNames: ' Bord A \n\nBord B\n', groupCount: '', layout: 'vagval', title: '  Dag  ' }))).toEqual({
      ok: true,
      input: { type: 'omvarldsdag', title: 'Dag', date: '2027-01-21', groupNames: ['Bord A', 'Bord B'], layout: 'vagval' },
    });
  });

  it('says in Swedish what is missing or wrong, per field', () => {
    expect(checkDraft(draft({ title: ' ', date: '', groupCount: '0' }))).toEqual({
      ok: false,
      errors: { title: t('form.missing', { field: t('workshop.create.title') }), date: t('workshop.create.dateMissing'), groupCount: t('workshop.create.groupCountInvalid', { max: 30 }) },
    });
    expect(checkDraft(draft({ date: '21/1 2027', groupCount: '2.5' }))).toMatchObject({ ok: false, errors: { date: t('workshop.create.dateInvalid'), groupCount: expect.any(String) } });
    expect(checkDraft(draft({ date: '2027-02-30' }))).toEqual({ ok: false, errors: { date: t('workshop.create.dateInvalid') } });
    expect(checkDraft(draft({ groupCount: '31' }))).toMatchObject({ ok: false, errors: { groupCount: expect.any(String) } });
    const names = Array.from({ length: 31 }, (_, index) => `Bord ${index}`).join('\n');
    expect(checkDraft(draft({ groupNames: names }))).toEqual({ ok: false, errors: { groupNames: t('workshop.create.tooManyNames', { max: 30 }) } });
    expect(checkDraft(draft({ groupNames: 'x'.repeat(81) }))).toEqual({ ok: false, errors: { groupNames: t('workshop.create.nameTooLong', { max: 80 }) } });
  });
});
