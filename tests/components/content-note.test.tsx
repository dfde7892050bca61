import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContentNote, ExplanationFold } from '../../src/components/content-note';

beforeEach(() => localStorage.clear());

function Scenario({ note }: { note: string | undefined }) {
  return (
    <>
      <ContentNote note={note} folds="the situation" withSetting>
        <p>What happened to her.</p>
      </ContentNote>
      <p>The headline, always shown.</p>
      <ExplanationFold note={note}>
        <p>Why it happens.</p>
      </ExplanationFold>
    </>
  );
}

describe('content notes', () => {
  it('fold only what they wrap, and say on their control what that is', () => {
    const { container } = render(<Scenario note="violence by a client" />);
    const [situation, why] = [...container.querySelectorAll('details')];
    expect(situation).not.toHaveAttribute('open');
    expect(situation!.querySelector('summary')).toHaveTextContent(
      /^Content note: violence by a client\. Show the situation$/,
    );
    expect(situation).toContainElement(screen.getByText('What happened to her.'));
    expect(why!.querySelector('summary')).toHaveTextContent(
      /^Why \(content note: violence by a client\)\. Show the explanation$/,
    );
    expect(why).toContainElement(screen.getByText('Why it happens.'));
    // The answer is outside every fold.
    expect(screen.getByText('The headline, always shown.').closest('details')).toBeNull();
  });

  it('say "Hide …" once open, however they were opened', async () => {
    const { container } = render(<Scenario note="violence by a client" />);
    const summary = container.querySelector('details > summary')!;
    await userEvent.click(summary);
    await waitFor(() => expect(summary).toHaveTextContent(/Hide the situation$/));
    await userEvent.click(summary);
    await waitFor(() => expect(summary).toHaveTextContent(/Show the situation$/));
  });

  it('wrap nothing when a scenario has no note', () => {
    const { container } = render(<Scenario note={undefined} />);
    expect(container.querySelector('details')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('What happened to her.')).toBeInTheDocument();
  });

  it('offer beside the note to open every note, remembered on this device', async () => {
    const { container } = render(<Scenario note="violence by a client" />);
    const always = screen.getByRole('checkbox', { name: 'Always open content notes on this device' });
    expect(always).not.toBeChecked();
    await userEvent.click(always);
    expect(localStorage.getItem('swl:content-notes')).toBe('show');
    for (const details of container.querySelectorAll('details')) expect(details).toHaveAttribute('open');
    await userEvent.click(always);
    expect(localStorage.getItem('swl:content-notes')).toBeNull();
  });

  it('prerender folded, with the setting marked as needing scripts', () => {
    const html = renderToString(<Scenario note="violence by a client" />);
    expect(html).not.toContain('open=""');
    expect(html).toContain('class="content-note-setting needs-script"');
  });
});
