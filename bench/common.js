/** What the bench's processes agree on. */
module.exports = {
	/** The bearer token every bench server wants and every client sends. */
	API_KEY: 'bench_key_0123456789',
	/** The page size every client asks for (the most both APIs serve). */
	PAGE_SIZE: 100,
};
