"""migextract: statistical figures from Russian text, tied to what they measure."""

import os as _os

# Natasha's models multiply small matrices with numpy; a BLAS thread pool per process gains
# nothing there and, with one worker process per core, oversubscribes the cores (measured: two
# workers ran at 0.6× one worker). One BLAS thread per process, unless the user says otherwise;
# this must happen before numpy is first imported.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")

__version__ = "0.1.0"
