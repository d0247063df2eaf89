# The two commands a newcomer runs (README):
#   make demo   install what is missing, build, ingest the sample corpus, report, serve the dashboard
#   make test   install what is missing, build, run every test
BUILD ?= build
JOBS ?= $(shell nproc)
PORT ?= 8080
DB ?= $(BUILD)/sample.db

.PHONY: all setup build test demo asan tsan bench clean

all: build

setup:
	@scripts/setup.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: setup $(BUILD)/CMakeCache.txt
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@scripts/run_tests.sh $(BUILD)

asan: setup
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DDRAGOMAN_SANITIZE=ON -DDRAGOMAN_BUILD_BENCH=OFF >/dev/null
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

# ThreadSanitizer on the tests that run threads: the parallel pipeline (every
# stage on worker threads), the server's response cache and the store's readers.
# The knowledge base comes from the regular build (building it with an
# instrumented binary takes minutes and tests nothing about threads).
tsan: build
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDRAGOMAN_TSAN=ON -DDRAGOMAN_BUILD_BENCH=OFF >/dev/null
	cmake --build build-tsan -j $(JOBS) --target dragoman_tests
	cd build-tsan && DRAGOMAN_HOME=$(abspath $(BUILD))/data TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
	  ./dragoman_tests --gtest_filter='ParallelPipeline.*:ServerResponseCache.*:StoreServing.*:Ingester.*'


bench: build
	$(BUILD)/dragoman_bench

demo: build
	@scripts/demo.sh $(BUILD) $(DB) $(PORT)

clean:
	rm -rf $(BUILD) build-asan build-tsan
