"""Plain-numpy Gi* (row-standardised queen weights, self-weight 1/(k+1)) with conditional
permutations, the same algorithm as src/modules/analysis (shared esda-style table of draws).
An equivalent vectorised numpy baseline (esda's own G_Local is not timed here; for global Moran see
bench/analysis-moran-esda.py, which runs esda itself from Debian's python3-libpysal and the esda source).
Usage: python3 bench/analysis-gistar-numpy.py ROWS COLS PERMUTATIONS  -> prints JSON timings."""
import json, sys, time
import numpy as np

rows, cols, perms = (int(a) for a in sys.argv[1:4])
n = rows * cols
rng = np.random.default_rng(1)
y = rng.poisson(3.0, n).astype(float)

# queen neighbours, grouped by cardinality (3, 5, 8)
r, c = np.divmod(np.arange(n), cols)
offsets = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
nbrs = [[] for _ in range(n)]
for dr, dc in offsets:
    rr, cc = r + dr, c + dc
    ok = (rr >= 0) & (rr < rows) & (cc >= 0) & (cc < cols)
    for i in np.nonzero(ok)[0]:
        nbrs[i].append(rr[i] * cols + cc[i])

def run():
    t0 = time.perf_counter()
    total = y.sum()
    card = np.array([len(v) for v in nbrs])
    obs = np.array([(y[i] + y[nbrs[i]].sum()) / (card[i] + 1) for i in range(n)]) / total
    kmax = card.max()
    table = np.empty((perms, kmax), dtype=np.int64)
    for p in range(perms):
        table[p] = rng.choice(n - 1, kmax, replace=False)
    p_sim = np.empty(n)
    for k in np.unique(card):
        units = np.nonzero(card == k)[0]
        for s in range(0, len(units), 512):
            ii = units[s:s + 512]
            draws = table[None, :, :k]
            mapped = draws + (draws >= ii[:, None, None])
            lag = y[mapped].sum(axis=2)
            sims = (y[ii][:, None] + lag) / (k + 1) / total
            ge = (sims >= obs[ii][:, None]).sum(axis=1)
            le = (sims <= obs[ii][:, None]).sum(axis=1)
            p_sim[ii] = (np.minimum(ge, le) + 1) / (perms + 1)
    return time.perf_counter() - t0, p_sim

times = [run()[0] for _ in range(3)]
print(json.dumps({"numpy": np.__version__, "seconds": sorted(times)[1], "runs": times}))
