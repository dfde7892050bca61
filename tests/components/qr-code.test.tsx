import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QrCode, qrModules } from '../../src/components/share/qr-code';

describe('QR codes for long addresses', () => {
  it('draws an ordinary address at level M', () => {
    render(<QrCode text="https://example.org/scenarios/police-find-condoms/" label="QR code" />);
    expect(screen.getByRole('img', { name: 'QR code' })).toBeInTheDocument();
  });

  it('draws an address too long for level M at level L, in a larger symbol', () => {
    const text = `https://example.org/present/custom/?d=v1.${'a'.repeat(2_500)}`;
    const modules = qrModules(text);
    expect(modules?.size).toBeGreaterThan(150);
    render(<QrCode text={text} label="QR code" />);
    expect(screen.getByRole('img', { name: 'QR code' })).toBeInTheDocument();
  });

  it('says so in words when no QR code can hold the address, instead of failing the page', () => {
    render(
      <QrCode
        text={`https://example.org/compare/?note=${'x'.repeat(3_200)}`}
        label="QR code"
        tooLong="Too long for a QR code."
      />,
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Too long for a QR code.')).toBeInTheDocument();
  });
});
