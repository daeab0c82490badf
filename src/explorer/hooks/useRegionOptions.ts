// Region choices for pickers and names for canvas labels, from the (cached) document list.
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { DOCUMENTS_QUERY } from '../api/queries';
import type { DocumentsResult } from '../api/types';
import { documentRegions, type RegionOption } from '../logic/regions';

export function useRegionOptions(): readonly RegionOption[] {
  const [documents] = useQuery<DocumentsResult>({ query: DOCUMENTS_QUERY });
  return useMemo(() => documentRegions(documents.data?.documents.nodes ?? []), [documents.data]);
}
