import { fireEvent, screen } from '@testing-library/react';

/** Chooses a programme in 选择方案 the way a user does (the option with that name) and waits for its forms. */
export async function pickPack(name: string): Promise<void> {
  const select = screen.getByRole('combobox', { name: '选择方案' }) as HTMLSelectElement;
  const option = (await screen.findByRole('option', { name })) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
  await screen.findByText(/共 \d+ 张表/);
}
