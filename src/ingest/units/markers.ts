// Words closing a run of unit names that say what role the run plays (X、Y共同牵头,Z配合).
export const ROLE_MARKER =
  /(共同牵头|联合牵头|分别牵头|牵头负责|牵头抓总|牵头|配合|参与|协办|协助|负责落实|负责|组织实施|具体实施|抓好落实|落实|承办)$/;
