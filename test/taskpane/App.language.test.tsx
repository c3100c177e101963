import { screen } from '@testing-library/react';
import { renderApp, rowOf } from './renderApp';
import { createFakeHost } from './fakeHost';

describe('Language', () => {
  it("follows the host's display language and switches between Korean and English", async () => {
    const host = createFakeHost({ language: 'ko' });
    const { user } = renderApp(host);
    expect(screen.getByRole('button', { name: '검산' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '통합 문서 전체' })).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('lang')).toBe('ko');

    await user.click(screen.getByRole('button', { name: '검산' }));
    await screen.findByRole('list', { name: '검산 결과' });
    expect(host.callsOf('verify')[0]?.[1]).toMatchObject({ language: 'ko' });
    expect(screen.getByTestId('count-error').textContent).toBe('오류 3건');
    expect(screen.getByRole('button', { name: 'Sheet1!D14 수정' })).toBeTruthy();
    expect(rowOf('Sheet1!D14 셀로 이동').textContent).toContain(
      '기재값 61,000천원 → 기대값 60,000천원',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: '언어' }), 'en');
    expect(screen.getByRole('button', { name: 'Verify' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fix Sheet1!D14' })).toBeTruthy();
    expect(screen.getByTestId('count-error').textContent).toBe('3 errors');
    expect(screen.getAllByRole('heading', { level: 3 })[0]?.textContent).toBe(
      'Budget summary · 예산 총괄',
    );
    expect(screen.getByRole('main').getAttribute('lang')).toBe('en');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ko');
    expect(screen.getByRole('button', { name: '표시 지우기' })).toBeTruthy();
    // The next verification asks the engine for messages in the chosen language.
    await user.click(screen.getByRole('button', { name: '검산' }));
    expect(host.callsOf('verify')[1]?.[1]).toMatchObject({ language: 'ko' });
  });

  it('lets the composition root override the initial language', () => {
    renderApp(createFakeHost({ language: 'ko' }), { initialLanguage: 'en' });
    expect(screen.getByRole('button', { name: 'Verify' })).toBeTruthy();
  });

  it('falls back to Korean when the host cannot tell its language', () => {
    const host = createFakeHost();
    host.displayLanguage = () => {
      throw new Error('Office not ready');
    };
    renderApp(host);
    expect(screen.getByRole('button', { name: '검산' })).toBeTruthy();
  });
});

describe('Accessible names', () => {
  it.each([
    ['en', 'Verify', 'Findings'],
    ['ko', '검산', '검산 결과'],
  ] as const)('gives every control a name (%s)', async (language, verify, findings) => {
    const { user } = renderApp(createFakeHost({ language }));
    await user.click(screen.getByRole('button', { name: verify }));
    await screen.findByRole('list', { name: findings });
    for (const role of ['button', 'combobox', 'radio', 'radiogroup', 'list'] as const) {
      const all = screen.getAllByRole(role);
      expect(all.length).toBeGreaterThan(0);
      expect(screen.getAllByRole(role, { name: /\S/ })).toHaveLength(all.length);
    }
  });
});
