-- The first page of 20 consultations, as an agency consulted in every seeded consultation.
dofile(os.getenv("API_LOAD_DIR") .. "/common.lua")

wrk.method = "GET"
wrk.path = "/api/v1/consultations?page=1&pageSize=20"
wrk.headers["X-Api-Key"] = os.getenv("API_LOAD_KEY")
