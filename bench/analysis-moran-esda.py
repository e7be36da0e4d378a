"""Global Moran's I with permutations in PySAL esda, beside src/modules/analysis/moran.ts.

Usage: python3 bench/analysis-moran-esda.py VALUES_FILE ROWS COLS PERMUTATIONS
  VALUES_FILE: one value per line, row-major over a ROWS x COLS lattice (queen contiguity).
  ESDA_SRC (environment): a directory holding the `esda` package source, e.g. a checkout of
  https://github.com/pysal/esda at tag v2.4.3; libpysal, numpy and scipy come from the Python
  in use (on Debian 12: apt-get install python3-libpysal, run with /usr/bin/python3).
Prints JSON: one timed esda.Moran(y, w, permutations=P) (transformation 'r', as esda's default)
after three untimed warm-up calls, and the same permutation loop written out in numpy (esda's own
algorithm: np.random.permutation of z, then a sparse lag, per permutation) as a second peer.
esda's package __init__ imports scikit-learn (for ADBSCAN), which Debian does not package with
libpysal here, so the package is entered without its __init__ and esda/moran.py runs unchanged.
"""
import json, os, re, sys, time, types, warnings

warnings.simplefilter("ignore")
import numpy as np
import scipy
import libpysal

values_file, rows, cols, perms = sys.argv[1], *(int(a) for a in sys.argv[2:5])
y = np.loadtxt(values_file)
w = libpysal.weights.lat2W(rows, cols, rook=False)


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def numpy_moran():
    """esda Moran's permutation loop, written out: the same operations per permutation."""
    wr = libpysal.weights.lat2W(rows, cols, rook=False)
    wr.transform = "r"
    sparse = wr.sparse
    n = len(y)
    z = y - y.mean()
    z2ss = (z * z).sum()
    calc = lambda zz: n / wr.s0 * (zz * (sparse @ zz)).sum() / z2ss
    obs = calc(z)
    sims = np.array([calc(np.random.permutation(z)) for _ in range(perms)])
    return obs, sims


result = {"numpy": np.__version__, "scipy": scipy.__version__, "libpysal": libpysal.__version__, "esda": None}
src = os.environ.get("ESDA_SRC")
if src:
    pkg = types.ModuleType("esda")
    pkg.__path__ = [os.path.join(src, "esda")]
    sys.modules["esda"] = pkg
    from esda.moran import Moran

    with open(os.path.join(src, "esda", "_version.py")) as f:
        tag = re.search(r"tag: (v[0-9.]+)", f.read())
    result["esda"] = tag.group(1) if tag else "source"
    for _ in range(3):  # warm-up, as many untimed calls as the Node side makes
        Moran(y, w, permutations=perms)
    m, wall, cpu = timed(lambda: Moran(y, w, permutations=perms))
    result.update(esdaI=float(m.I), esdaSeconds=wall, esdaCpu=cpu, esdaPSim=float(m.p_sim))
numpy_moran()
(obs, sims), wall, cpu = timed(numpy_moran)
result.update(numpyI=float(obs), numpySeconds=wall, numpyCpu=cpu)
print(json.dumps(result))
