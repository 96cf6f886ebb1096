import { createContext, useContext, type ReactNode } from 'react';

/**
 * What a feature shows at the top of a section, outside the editable text
 * (the language versions' "Source changed"): one node per section id, or
 * nothing. The editor knows nothing of why.
 */
export type SectionNotice = (sectionId: string) => ReactNode;

const noNotice: SectionNotice = () => null;

export const SectionNoticeContext = createContext<SectionNotice>(noNotice);

export function useSectionNotice(): SectionNotice {
  return useContext(SectionNoticeContext);
}
