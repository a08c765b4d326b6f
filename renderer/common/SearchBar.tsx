// The search box above a list: it searches on Enter or after a pause in typing, with 清除筛选条件 beside it.
import { Button, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';

const SEARCH_DELAY_MS = 400;

interface SearchBarProps {
  /** What is typed (shown at once). */
  text: string;
  placeholder: string;
  maxLength?: number;
  onText: (text: string) => void;
  /** The search to run: after the pause, or at once on Enter. */
  onSearch: (text: string) => void;
  /** Whether any filter is set (enables 清除筛选条件). */
  filtered: boolean;
  onClear: () => void;
}

export function SearchBar({ text, placeholder, maxLength, onText, onSearch, filtered, onClear }: SearchBarProps) {
  const commit = useDebouncedCallback(onSearch, SEARCH_DELAY_MS);
  return (
    <Group align="flex-end" wrap="nowrap">
      <TextInput
        label="搜索"
        placeholder={placeholder}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => {
          const typed = e.currentTarget.value;
          onText(typed);
          commit(typed);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          commit.cancel();
          onSearch(text);
        }}
        type="search"
        maxLength={maxLength}
        style={{ flex: 1 }}
      />
      <Button
        variant="default"
        disabled={!filtered}
        onClick={() => {
          commit.cancel();
          onClear();
        }}
      >
        清除筛选条件
      </Button>
    </Group>
  );
}
