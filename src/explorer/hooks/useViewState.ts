// Keeps the explorer's shareable state in the URL: navigation (view, root, selected node) adds
// a history entry so Back works; filter tweaks replace the current one.
import { useCallback, useEffect, useState } from 'react';
import { decodeViewState, encodeViewState, type ViewState } from '../logic/urlState';

function readLocation() {
  return decodeViewState(window.location.search);
}

export function useViewState() {
  const [initial] = useState(readLocation);
  const [state, setState] = useState<ViewState>(initial.state);
  const [invalidParams, setInvalidParams] = useState<readonly string[]>(initial.invalid);

  useEffect(() => {
    const onPop = () => {
      const decoded = readLocation();
      setState(decoded.state);
      setInvalidParams(decoded.invalid);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((patch: Partial<ViewState>) => {
    setState((previous) => {
      const next = { ...previous, ...patch };
      const query = encodeViewState(next);
      const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
      const navigates =
        next.view !== previous.view || next.root !== previous.root || next.selected !== previous.selected;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (navigates) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);

  return { state, update, invalidParams };
}
