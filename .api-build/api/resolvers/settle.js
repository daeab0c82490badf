export async function loadExisting(loader, keys) {
    const results = await loader.loadMany(keys);
    return results.filter((r) => !(r instanceof Error));
}
//# sourceMappingURL=settle.js.map