import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../shared/domain/config.ts';
import { RiskLevelField } from '../../renderer/registration/RiskLevelField.tsx';
import { renderWithApi } from './render.tsx';

describe('the risk level field', () => {
  it("shows the area's own wording of each colour, from the configuration", async () => {
    const config = structuredClone(DEFAULT_CONFIG);
    config.warnings.orange = { ...config.warnings.orange, criteria: '涉及五户以上村民', handling: '街道分管领导牵头化解' };
    renderWithApi(<RiskLevelField value="blue" onChange={() => {}} />, { 'config.get': () => config });
    expect(await screen.findByText('涉及五户以上村民：街道分管领导牵头化解')).toBeInTheDocument();
  });

  it('falls back to the common pattern when the configuration cannot be read', () => {
    renderWithApi(<RiskLevelField value="blue" onChange={() => {}} />, {});
    const { criteria, handling } = DEFAULT_CONFIG.warnings.red;
    expect(screen.getByText(`${criteria}：${handling}`)).toBeInTheDocument();
  });
});
